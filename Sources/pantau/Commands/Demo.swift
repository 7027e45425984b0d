import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau demo`: crawl + report + alerts on the bundled demo registry, in a database of its own.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Crawl the demo registry, write its weekly report and list its alerts.",
        discussion: "The demo registry (feeds/demo, fictional) and its database (its `database` setting, demo.sqlite) are "
            + "kept apart from the real registry (feeds) and database (pantau.sqlite). The clock is anchored to the demo "
            + "data (the week of its newest post), so the report is the same whatever today's date is; --now overrides it.")

    @Option(help: "The demo registry folder.")
    var registry = "feeds/demo"

    @Option(help: "Folder to write the report into.")
    var out = "."

    @Option(help: "Pretend the time is this (2026-11-23 or ISO 8601).")
    var now: Moment?

    @Flag(name: .shortAndLong, help: "Log every source, not only problems.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Log nothing but errors.")
    var quiet = false

    @Flag(help: "Then serve the dashboard on the demo data, with a demo login printed here.")
    var serve = false

    @OptionGroup var serveOptions: ServeOptions

    func run() async throws {
        try await friendly {
            // The demo's database is the demo registry's own `database` setting, created on first use:
            // nothing the demo stores can reach the real database.
            let global = try GlobalOptions.parse(["--registry", registry] + (verbose ? ["--verbose"] : []) + (quiet ? ["--quiet"] : []))
            var workspace = try Workspace.openDemo(registry: registry, logger: global.makeLogger())
            let language = workspace.language
            GlobalOptions.tell(workspace.warnings, language)
            CLILanguage.set(language)
            // The demo's `kind: api` channels are answered from recorded responses on loopback.
            let server = try workspace.serveRecordedAPIs()
            defer { server.stop() }
            let summary = try await workspace.crawl(CrawlRequest(all: true, progress: !quiet, command: "demo"))
            print(CrawlText.render(summary, language: language))
            var anchored = try now?.date()
            if anchored == nil { anchored = try await workspace.dataAnchoredNow() }
            guard let clock = anchored else { throw WorkspaceError.demoStoredNothing }
            let written = try await workspace.writeWeeklyReport(now: clock, formats: [.html, .md], language: language, into: out)
            let alerts = try await workspace.alerts(now: clock)
            print("")
            print(AlertText.render(alerts, registry: workspace.registry, language: language))
            print("")
            print(say(language, id: "Laporan pekan \(written.week) (buka berkas HTML di peramban):",
                      en: "Weekly report for \(written.week) (open the HTML in a browser):"))
            for file in written.files { print("  \(absolute(file.path))") }
            let data = absolute(workspace.location.description)
            print(say(language, id: "Data demo ada di \(data); data sungguhan tidak tersentuh.",
                      en: "The demo data is in \(data); real data is untouched."))
            if serve {
                try await DemoServe.run(workspace: workspace, global: global, options: serveOptions)
            } else {
                print(say(language, id: "Dasbor web: pantau demo --serve", en: "Web dashboard: pantau demo --serve"))
            }
        }
    }
}
