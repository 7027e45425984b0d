import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau match`: links posts from a JSON Lines file to the registry's innovations and writes one
/// JSON line per post, in input order: `{"post": "<id>", "innovations": [{"id", "score", "evidence"}]}`.
/// The line handling is the Workspace's `PostMatcher`; this command opens the files.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
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

    func run() throws {
        let matcher: PostMatcher
        do { matcher = PostMatcher(registry: try Workspace.loadRegistry(registry)) } catch { throw CLIError(ErrorText.text(error, .en)) }
        let input = try openInput()
        let output = try openOutput()
        var buffer = Data()
        var reader = LineReader(handle: input)
        let (lineCount, failed) = matcher.matchLines(name: posts, notes: notes, next: { reader.next() }, output: { line in
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
            throw CLIError("cannot read posts file \(posts): \(failure)")
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("\(failed) of \(lineCount) lines in \(posts) were not posts and were skipped\n".utf8))
            throw ExitCode(1)
        }
    }

    func openInput() throws -> FileHandle {
        if posts == "-" { return .standardInput }
        guard let h = FileHandle(forReadingAtPath: posts) else { throw CLIError("cannot open posts file \(posts)") }
        return h
    }

    func openOutput() throws -> FileHandle {
        guard let out else { return .standardOutput }
        guard FileManager.default.createFile(atPath: out, contents: nil), let h = FileHandle(forWritingAtPath: out) else {
            throw CLIError("cannot write output file \(out)")
        }
        return h
    }
}
