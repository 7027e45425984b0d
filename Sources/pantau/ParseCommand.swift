import ArgumentParser
import Foundation
import PantauModel
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
        guard Source.Kind(rawValue: kind) != nil else { throw ValidationError("--kind must be feed, page or sitemap, not \"\(kind)\".") }
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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(description: "\(input): cannot be read (permission denied?)")
        }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.absoluteString
        return ([UInt8](data), absolute)
    }
}
