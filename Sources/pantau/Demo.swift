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
    var now: String?

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
            let flags = (verbose ? ["--verbose"] : []) + (quiet ? ["--quiet"] : [])
            var registry = try GlobalOptions.parse(["--registry", self.registry]).loadRegistry()
            // The demo's `kind: api` channels are answered from recorded responses on loopback.
            let server = try DemoAPIServer(folder: (self.registry as NSString).appendingPathComponent("api"))
            defer { server.stop() }
            server.serve(&registry)
            let file = registry.settings.database == Settings().database ? "demo.sqlite" : registry.settings.database
            let global = try GlobalOptions.parse(["--registry", self.registry, "--db", file, "--create"] + flags)
            let language = registry.settings.language
            let summary = try await runCrawl(registry: registry, global: global, all: true, ids: [], quietProgress: false,
                                             command: "demo")
            print(CrawlText.render(summary, language: language))
            let reporter = Reporter(registry: registry, database: try global.openDatabase(registry))
            guard let clock = try parseNow(now) ?? reporter.dataAnchoredNow() else {
                throw CLIError(say(language, id: "Crawl demo tidak menyimpan satu unggahan pun.", en: "The demo crawl stored no posts."))
            }
            let result = try reporter.writeWeekly(week: nil, now: clock, unitIDs: nil, formats: [.html, .md],
                                                  language: language, outDir: out)
            let alerts = try reporter.alerts(now: clock)
            print("")
            print(AlertText.render(alerts, registry: registry, language: language))
            print("")
            print(say(language, id: "Laporan pekan \(result.week) (buka berkas HTML di peramban):",
                      en: "Weekly report for \(result.week) (open the HTML in a browser):"))
            for p in result.paths { print("  \(absolute(p))") }
            print(say(language, id: "Data demo ada di \(absolute(file)); data sungguhan tidak tersentuh.",
                      en: "The demo data is in \(absolute(file)); real data is untouched."))
            if serve {
                try await DemoServe.run(registry: registry, folder: self.registry, database: file, options: serveOptions)
            } else {
                print(say(language, id: "Dasbor web: pantau demo --serve", en: "Web dashboard: pantau demo --serve"))
            }
        }
    }
}
