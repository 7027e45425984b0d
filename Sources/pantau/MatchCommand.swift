import ArgumentParser
import Foundation
import PantauMatch
import PantauModel
import PantauRegistry

/// `pantau match`: links posts from a JSON Lines file to the registry's innovations and writes one
/// JSON line per post, in input order: `{"post": "<id>", "innovations": [{"id", "score", "evidence"}]}`.
/// The line handling is `MatchLines` (tested in PantauMatchTests); this command opens the files.
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

        var buffer = Data()
        var reader = LineReader(handle: input)
        let run = MatchLines(matcher: matcher, name: posts, withNotes: notes)
        let (lineCount, failed) = run.run(next: { reader.next() }, output: { line in
            buffer.append(contentsOf: line.utf8)
            if buffer.count >= 1 << 16 {
                output.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }, problem: { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        })
        output.write(buffer)
        if out != nil { try? output.close() }
        if let failure = reader.failure {
            throw MatchCommandError("cannot read posts file \(posts): \(failure)")
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) of \(lineCount) lines in \(posts) were not posts and were skipped\n".utf8))
            throw ExitCode(1)
        }
    }

    /// Reads a file line by line in 1 MiB chunks (posts files can be large). A read error (e.g. a
    /// folder given as the posts file) ends the lines and is kept in `failure`.
    struct LineReader {
        let handle: FileHandle
        var pending = Data()
        var done = false
        var failure: String?

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
                let chunk: Data
                do {
                    chunk = try handle.read(upToCount: 1 << 20) ?? Data()
                } catch {
                    let e = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError ?? error as NSError
                    failure = e.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(e.code))) : e.localizedDescription
                    pending = Data()
                    done = true
                    continue
                }
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
