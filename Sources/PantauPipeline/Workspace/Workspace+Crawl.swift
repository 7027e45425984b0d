import Foundation
import PantauFetch
import PantauMatch
import PantauModel
import PantauStore

extension Workspace {
    /// One pass over the sources the request names (by default those that are due): fetch, parse,
    /// match, save. The registry's sources are written to the store first.
    public func crawl(_ request: CrawlRequest = CrawlRequest()) async throws -> CrawlSummary {
        let engine = FetchEngine(config: Self.fetchConfig(registry.settings))
        defer { engine.shutdown() }
        // The matcher (automata over every innovation) is built while the registry is synced.
        async let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        try await store.syncSources(registry.sources)
        return try await runCrawl(request, engine: engine, matcher: await matcher)
    }

    /// The one call into the crawler (the place to change when the crawl takes its storage through
    /// the `CrawlStorage` seam): the registry is already synced.
    func runCrawl(_ request: CrawlRequest, engine: FetchEngine, matcher: Matcher) async throws -> CrawlSummary {
        let run = CrawlRun(registry: registry, database: try crawlDatabase(), engine: engine, logger: logger, matcher: matcher)
        return try await run.run(run.selection(ids: request.sourceIDs, all: request.all), now: { Date() },
                                 progress: Progress(enabled: request.progress), command: request.command)
    }

    /// The daemon's crawl run (it syncs the registry itself on every pass).
    func daemonCrawler(engine: FetchEngine) throws -> CrawlRun {
        CrawlRun(registry: registry, database: try crawlDatabase(), engine: engine, logger: logger)
    }

    /// The crawler still writes through SQLite; another store cannot crawl until it has a crawl seam.
    func crawlDatabase() throws -> AppDatabase {
        guard let db = store as? AppDatabase else { throw WorkspaceError.storeNotAvailable("Crawling into \(location)") }
        return db
    }

    /// The fetcher's configuration from the registry's crawl settings.
    static func fetchConfig(_ settings: Settings) -> FetchConfig {
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
}
