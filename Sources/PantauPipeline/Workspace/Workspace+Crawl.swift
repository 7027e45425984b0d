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

    /// The one call into the crawler: the registry is already synced.
    func runCrawl(_ request: CrawlRequest, engine: FetchEngine, matcher: Matcher) async throws -> CrawlSummary {
        let run = try crawler(engine: engine, matcher: matcher)
        return try await run.run(run.selection(ids: request.sourceIDs, all: request.all), now: { Date() },
                                 progress: Progress(enabled: request.progress), command: request.command)
    }

    /// A crawl run on this workspace's store, through the `CrawlStorage` seam. SQLite keeps the API
    /// platforms' state file and the parse journals beside its file; PostgreSQL in this machine's
    /// `DatabaseLocation.localStateFolder` (created when missing).
    func crawler(engine: FetchEngine, matcher: Matcher? = nil) throws -> CrawlRun {
        if let db = store as? AppDatabase {
            return CrawlRun(registry: registry, database: db, engine: engine, logger: logger, matcher: matcher)
        }
        guard let storage = store as? any CrawlStorage else {
            throw WorkspaceError.storeNotAvailable("Crawling into \(location)")
        }
        guard let folder = location.localStateFolder(registry: registryFolder) else {
            return CrawlRun(registry: registry, storage: storage, engine: engine, logger: logger, matcher: matcher)
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var run = CrawlRun(registry: registry, storage: storage, engine: engine, logger: logger, matcher: matcher,
                           platformStateFile: platformStateFile)
        run.parseJournalDirectory = ParseJournal.directory(forDatabase: (folder as NSString).appendingPathComponent("pantau"))
        return run
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
