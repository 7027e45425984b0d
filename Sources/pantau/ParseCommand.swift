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
        // `api` sources are read through a platform's API (`pantau crawl`), not parsed from a file.
        guard let k = Source.Kind(rawValue: kind), k != .api else { throw ValidationError("--kind must be feed, page or sitemap, not \"\(kind)\".") }
        if let now, DateParser.parse(now) == nil { throw ValidationError("--now \"\(now)\" is not a date (use 2026-11-23T09:00:00+07:00).") }
    }

    public func run() throws {
        let fetchedAt = now.flatMap { DateParser.parse($0) } ?? Date()
        var failures = 0
        for input in inputs {
            let bytes: [UInt8]
            let url: String
            do {
                (bytes, url) = try Self.read(input)
            } catch let error as InputError {
                failures += 1
                if conformance {
                    print(ConformanceJSON.errorLine(file: input, message: error.description))
                } else {
                    FileHandle.standardError.write(Data("pantau parse: \(error.description)\n".utf8))
                }
                continue
            }
            if conformance {
                print(ConformanceJSON.line(bytes, file: input))
                continue
            }
            do {
                let outcome = try DocumentParser.parse(bytes, url: url, contentType: contentType,
                                                       kind: Source.Kind(rawValue: kind) ?? .page, fetchedAt: fetchedAt)
                if json {
                    print(try ParseOutput.json(outcome, input: input))
                } else {
                    print(ParseOutput.table(outcome, input: input))
                }
            } catch {
                failures += 1
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

/// Renders a parse for people (a table) or scripts (JSON).
enum ParseOutput {
    static func json(_ o: ParseOutcome, input: String) throws -> String {
        struct Out: Encodable {
            var file: String
            var format: String
            var title: String?
            var ttlSeconds: Int?
            var recovered: Bool
            var feeds: [String]
            var links: [String]
            var posts: [Post]
        }
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .iso8601
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(Out(file: input, format: o.format, title: o.title, ttlSeconds: o.ttlSeconds,
                                      recovered: o.recovered, feeds: o.feeds, links: o.links, posts: o.posts))
        return String(decoding: data, as: UTF8.self)
    }

    static func table(_ o: ParseOutcome, input: String) -> String {
        var lines: [String] = []
        var head = "\(input): \(o.format)"
        if let t = o.title { head += " \"\(t)\"" }
        head += ", \(o.posts.count) post\(o.posts.count == 1 ? "" : "s")"
        if !o.links.isEmpty { head += ", \(o.links.count) link\(o.links.count == 1 ? "" : "s") to follow" }
        if let ttl = o.ttlSeconds { head += ", ttl \(ttl / 60) min" }
        if o.recovered { head += " (not well-formed; read leniently)" }
        lines.append(head)
        if !o.posts.isEmpty {
            lines.append(row(["published (WIB)", "views", "likes", "comments", "shares", "title"]))
            for p in o.posts {
                let e = p.engagement
                lines.append(row([p.published.map(jakarta) ?? "-", num(e.views), num(e.likes), num(e.comments), num(e.shares),
                                  String((p.title ?? p.text).prefix(70))]))
                if let u = p.url { lines.append("    " + u) }
            }
        }
        for l in o.links { lines.append("  → " + l) }
        for f in o.feeds { lines.append("  feed: " + f) }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cols: [String]) -> String {
        let widths = [17, 8, 7, 8, 7]
        var out = ""
        for (i, c) in cols.enumerated() {
            if i < widths.count {
                out += c.padding(toLength: max(widths[i], c.count), withPad: " ", startingAt: 0) + " "
            } else {
                out += c
            }
        }
        return out
    }

    private static func num(_ v: Int?) -> String {
        guard let v else { return "-" }
        // Indonesian grouping: 15.234
        var s = String(v)
        var i = s.count - 3
        while i > 0 {
            s.insert(".", at: s.index(s.startIndex, offsetBy: i))
            i -= 3
        }
        return s
    }

    private static func jakarta(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Jakarta")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: d)
    }
}
