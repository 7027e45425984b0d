import ArgumentParser
import Foundation
import PantauMatch
import PantauModel
import PantauRegistry

/// `pantau match`: links posts from a JSON Lines file to the registry's innovations and writes one
/// JSON line per post, in input order: `{"post": "<id>", "innovations": [{"id", "score", "evidence"}]}`.
public struct MatchCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Match posts (JSON Lines) to the registry's innovations.",
        discussion: """
            Each input line is a post: {"id", "title", "text", "url", "published", "unit"}; other keys \
            are ignored and "unit" (the unit whose own channel published the post) may be null or absent.

            Each output line is {"post": "<id>", "innovations": [{"id", "score", "evidence"}]}, with an \
            empty list when nothing matches. A line that is not a post is reported on standard error \
            with its line number and skipped; the run goes on and ends with exit code 1.
            """)

    @Option(help: "Registry folder (unit YAML files).")
    var registry = "feeds"

    @Option(help: "Posts file, one JSON object per line ('-' for standard input).")
    var posts: String

    @Option(help: "Output file (default: standard output).")
    var out: String?

    @Flag(help: "Add a \"notes\" list saying why mentioned innovations did not match (e.g. ambiguous names).")
    var notes = false

    public init() {}

    public func run() throws {
        let reg: Registry
        do { reg = try RegistryLoader.load(directory: registry) } catch { throw MatchCommandError("\(error)") }
        let matcher = Matcher(units: reg.units, innovations: reg.innovations)

        let input: FileHandle
        if posts == "-" {
            input = .standardInput
        } else {
            guard let h = FileHandle(forReadingAtPath: posts) else {
                throw MatchCommandError("cannot open posts file \(posts)")
            }
            input = h
        }
        let output: FileHandle
        if let out {
            guard FileManager.default.createFile(atPath: out, contents: nil), let h = FileHandle(forWritingAtPath: out) else {
                throw MatchCommandError("cannot write output file \(out)")
            }
            output = h
        } else {
            output = .standardOutput
        }

        let decoder = JSONDecoder()
        var buffer = Data()
        var failed = 0
        var lineNumber = 0
        var reader = LineReader(handle: input)
        while let line = reader.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let post: MatchPost
            do {
                post = try decoder.decode(MatchPost.self, from: line)
            } catch {
                failed += 1
                FileHandle.standardError.write(Data("\(posts):\(lineNumber): not a post: \(Self.describe(error))\n".utf8))
                continue
            }
            let result = notes ? matcher.explain(post) : MatchExplanation(matches: matcher.match(post), notes: [])
            buffer.append(contentsOf: Self.jsonLine(post.id, result, withNotes: notes).utf8)
            if buffer.count >= 1 << 16 {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        output.write(buffer)
        if out != nil { try? output.close() }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) of \(lineNumber) lines in \(posts) were not posts and were skipped\n".utf8))
            throw ExitCode(1)
        }
    }

    /// One output line.
    static func jsonLine(_ id: String, _ r: MatchExplanation, withNotes: Bool) -> String {
        var s = "{\"post\": \(quote(id)), \"innovations\": ["
        for (k, m) in r.matches.enumerated() {
            if k > 0 { s += ", " }
            s += "{\"id\": \(quote(m.innovationID)), \"score\": \(String(format: "%.2f", m.score)), \"evidence\": ["
            s += m.evidence.map(quote).joined(separator: ", ")
            s += "]}"
        }
        s += "]"
        if withNotes { s += ", \"notes\": [" + r.notes.map(quote).joined(separator: ", ") + "]" }
        return s + "}\n"
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { JSONText.quote(text) }

    /// A decoding error as one short sentence.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c):
            if let u = c.underlyingError { return "invalid JSON (\((u as NSError).localizedDescription))" }
            return c.debugDescription
        case DecodingError.keyNotFound(let k, _): return "\"\(k.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            let key = c.codingPath.last?.stringValue ?? "value"
            return "\"\(key)\" has the wrong type (\(c.debugDescription))"
        default: return "\(error)"
        }
    }

    /// Reads a file line by line in 1 MiB chunks (posts files can be large).
    struct LineReader {
        let handle: FileHandle
        var pending = Data()
        var done = false

        mutating func next() -> Data? {
            while true {
                if let nl = pending.firstIndex(of: 0x0A) {
                    let line = pending[pending.startIndex..<nl]
                    pending = pending[(nl + 1)...]
                    return Data(line)
                }
                if done {
                    if pending.isEmpty { return nil }
                    defer { pending = Data() }
                    return Data(pending)
                }
                let chunk = handle.readData(ofLength: 1 << 20)
                if chunk.isEmpty { done = true } else { pending.append(chunk) }
            }
        }
    }
}

/// A problem that stops `pantau match`, phrased for a person.
struct MatchCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
