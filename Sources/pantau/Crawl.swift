import ArgumentParser
import Foundation
import PantauFetch
import PantauMatch
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
            let registry = try global.loadRegistry()
            let summary = try await runCrawl(registry: registry, global: global, all: all, ids: sources, quietProgress: json)
            if json { printJSON(summary) } else { print(CrawlText.render(summary, language: registry.settings.language)) }
        }
    }
}

/// Builds the crawler from the registry's settings and runs it.
func runCrawl(registry: Registry, global: GlobalOptions, all: Bool, ids: [String], quietProgress: Bool,
              command: String = "crawl") async throws -> CrawlSummary {
    // The matcher (automata over every innovation) is built while the database is opened and the
    // registry's sources are written to it.
    async let matcher = Matcher(units: registry.units, innovations: registry.innovations)
    let db = try global.openDatabase(registry)
    try db.syncSources(registry.sources)
    let engine = FetchEngine(config: fetchConfig(registry.settings))
    defer { engine.shutdown() }
    let run = CrawlRun(registry: registry, database: db, engine: engine, logger: global.makeLogger(), matcher: await matcher)
    return try await run.run(run.selection(ids: ids, all: all), now: { Date() },
                             progress: Progress(enabled: !quietProgress && !global.quiet), command: command)
}

/// The fetcher's configuration from the registry's crawl settings.
func fetchConfig(_ settings: Settings) -> FetchConfig {
    var config = FetchConfig()
    let c = settings.crawl
    config.concurrency = c.concurrency
    config.perHost = c.perHost
    config.delayMillis = c.delayMillis
    config.timeout = c.timeout
    config.maxBody = c.maxBody
    config.fileRoots = c.fileRoots
    return config
}

