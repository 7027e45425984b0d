import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau demo`: crawl + report + alerts on the bundled demo registry.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crawl the demo registry, write its weekly report and list its alerts.",
        discussion: "The clock is anchored to the demo data (the week of its newest post), so the report is the same whatever today's date is; --now overrides it.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Folder to write the report into.")
    var out = "."

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601).")
    var now: String?

    func run() async throws {
        try await friendly {
            let registry = try global.loadRegistry()
            let summary = try await runCrawl(registry: registry, global: global, all: true, ids: [], quietProgress: false,
                                             command: "demo")
            print(CrawlText.render(summary))
            let reporter = Reporter(registry: registry, database: try global.openDatabase(registry))
            guard let clock = try parseNow(now) ?? reporter.dataAnchoredNow() else { throw CLIError("the demo crawl stored no posts") }
            let language = registry.settings.language
            let result = try reporter.writeWeekly(week: nil, now: clock, unitIDs: nil, formats: [.html, .md],
                                                  language: language, outDir: out)
            let alerts = try reporter.alerts(now: clock)
            print("")
            print(AlertText.render(alerts, registry: registry, language: language))
            print("")
            print("Weekly report for \(result.week) (open the HTML in a browser):")
            for p in result.paths { print("  \(absolute(p))") }
        }
    }
}
