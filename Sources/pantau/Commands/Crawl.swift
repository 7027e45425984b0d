import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau crawl`: one pass over the sources that are due.
struct Crawl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch due sources once, store new posts and their innovation matches.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Crawl every source, due or not.")
    var all = false

    @Option(name: .customLong("source"), help: "Crawl only this source id (repeatable).")
    var sources: [String] = []

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let request = CrawlRequest(all: all, sourceIDs: sources, progress: !json && !global.quiet)
            let summary = try await workspace.crawl(request)
            if json { printJSON(summary) } else { print(CrawlText.render(summary, language: workspace.language)) }
        }
    }
}
