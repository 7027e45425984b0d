import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau parse`: reads feeds, pages and sitemaps from files and shows what Pantau sees in them.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse feed, page or sitemap files and print their posts.",
        discussion: """
            Reads local files or file: URLs (use `pantau crawl` for http and https sources).
            The conformance corpus lines are written by `pantau-dev conformance`.
            """)

    @Argument(help: "Files or file: URLs to parse.")
    var inputs: [String]

    @Flag(help: "Print the parse as JSON instead of a table.")
    var json = false

    @Option(help: "How to read an HTML page: feed, page or sitemap (the registry's source kind).")
    var kind = Source.Kind.page

    @Option(help: "Content-Type header to assume (its charset overrides the document's declaration).")
    var contentType: String?

    @Option(help: "Reference time for relative dates such as \"3 jam yang lalu\" (ISO 8601; default now).")
    var now: String?

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one file.") }
        // `api` sources are read through a platform's API (`pantau crawl`), not parsed from a file.
        guard kind != .api else { throw ValidationError("--kind must be feed, page or sitemap, not \"\(kind.rawValue)\".") }
        if let now, Workspace.parseDate(now) == nil {
            throw ValidationError("--now \"\(now)\" is not a date (use 2026-11-23T09:00:00+07:00).")
        }
    }

    func run() throws {
        let fetchedAt = now.flatMap { Workspace.parseDate($0) } ?? Date()
        var failures = 0
        // Output goes out as it is made (buffered), never built whole.
        var out = StdoutSink()
        defer { out.flush() }
        for input in inputs {
            do {
                let outcome = try Workspace.parse(try FileInput.read(input), kind: kind, contentType: contentType, fetchedAt: fetchedAt)
                if json {
                    ParseOutput.json(outcome, input: input, to: &out)
                } else {
                    ParseOutput.table(outcome, input: input, to: &out)
                }
            } catch {
                failures += 1
                out.flush()
                FileHandle.standardError.write(Data("pantau parse: \(ErrorText.text(error, .en))\n".utf8))
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
