import ArgumentParser
import Foundation
import PantauModel
import PantauConformance
import PantauParse

/// `pantau parse`: reads feeds, pages and sitemaps from files and shows what Pantau sees in them.
public struct ParseCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed, page or sitemap files and print their posts.",
        discussion: """
            Reads local files or file: URLs (use `pantau crawl` for http and https sources).
            With --conformance, prints one JSON line per file in the normalised schema of the
            shared feed conformance corpus, with "_file" added.
            """)

    @Argument(help: "Files or file: URLs to parse.")
    public var inputs: [String]

    @Flag(help: "Print one normalised conformance JSON line per file.")
    public var conformance = false

    @Flag(help: "Print the parse as JSON instead of a table.")
    public var json = false

    @Option(help: "How to read an HTML page: feed, page or sitemap (the registry's source kind).")
    public var kind: String = "page"

    @Option(help: "Content-Type header to assume (its charset overrides the document's declaration).")
    public var contentType: String?

    @Option(help: "Reference time for relative dates such as \"3 jam yang lalu\" (ISO 8601; default now).")
    public var now: String?

    public init() {}

    public func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one file.") }
        // `api` sources are read through a platform's API (`pantau crawl`), not parsed from a file.
        guard let k = Source.Kind(rawValue: kind), k != .api else { throw ValidationError("--kind must be feed, page or sitemap, not \"\(kind)\".") }
        if let now, DateParser.parse(now) == nil { throw ValidationError("--now \"\(now)\" is not a date (use 2026-11-23T09:00:00+07:00).") }
    }

    public func run() throws {
        let fetchedAt = now.flatMap { DateParser.parse($0) } ?? Date()
        var failures = 0
        // Output goes out as it is made (buffered), never built whole.
        var out = StdoutSink()
        defer { out.flush() }
        for input in inputs {
            let bytes: [UInt8]
            let url: String
            do {
                (bytes, url) = try Self.read(input)
            } catch let error as InputError {
                failures += 1
                if conformance {
                    out.write(ConformanceJSON.errorLine(file: input, message: error.description) + "\n")
                } else {
                    out.flush()
                    FileHandle.standardError.write(Data("pantau parse: \(error.description)\n".utf8))
                }
                continue
            }
            if conformance {
                out.write(bytes: ConformanceJSON.lineBytes(bytes, file: input))
                out.byte(0x0A)
                continue
            }
            do {
                let outcome = try DocumentParser.parse(bytes, url: url, contentType: contentType,
                                                       kind: Source.Kind(rawValue: kind) ?? .page, fetchedAt: fetchedAt)
                if json {
                    ParseOutput.json(outcome, input: input, to: &out)
                } else {
                    ParseOutput.table(outcome, input: input, to: &out)
                }
            } catch {
                failures += 1
                out.flush()
                FileHandle.standardError.write(Data("pantau parse: \(error)\n".utf8))
            }
        }
        if failures > 0, !conformance { throw ExitCode(1) }
    }

    /// Why an input could not be read.
    struct InputError: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a path or file: URL; refuses network URLs.
    static func read(_ input: String) throws -> ([UInt8], String) {
        let lower = input.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            throw InputError(description: "\(input): http(s) is fetched by `pantau crawl`; `pantau parse` reads files and file: URLs only")
        }
        let path: String
        if lower.hasPrefix("file:") {
            guard let u = URL(string: input), u.isFileURL else { throw InputError(description: "\(input): not a valid file URL") }
            path = u.path
        } else {
            path = input
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw InputError(description: "\(input): no such file")
        }
        guard !isDir.boolValue else { throw InputError(description: "\(input): is a directory") }
        guard let bytes = readAll(path) else {
            throw InputError(description: "\(input): cannot be read (permission denied?)")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        return (bytes, absolute)
    }

    /// The whole file, read straight into one array (no `Data` in between: a large feed is copied once).
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = max(Int(st.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, n in
            n = 0
            while n < size {
                let r = Foundation.read(fd, buf.baseAddress! + n, size - n)
                if r < 0 && errno == EINTR { continue }
                if r <= 0 { failed = r < 0; break }
                n += r
            }
        }
        if failed { return nil }
        // A file that grew, or one that has no size (a pipe): the rest in pieces.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let r = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if r < 0 && errno == EINTR { continue }
            if r < 0 { return nil }
            if r == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<r])
        }
    }
}
