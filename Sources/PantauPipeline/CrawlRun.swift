import Foundation
import Logging
import PantauFetch
import PantauMatch
import PantauModel
import PantauStore

/// A crawl run: claims the sources to crawl a window at a time, keeps up to a window of single-source
/// crawls (`SourceCrawl`) in flight, and saves their outcomes in batches. One source's failure is
/// recorded and never stops the others. The caller syncs the registry's sources into the store first.
public struct CrawlRun: Sendable {
    public var registry: Registry
    public var storage: any CrawlStorage
    public var engine: FetchEngine
    public var matcher: Matcher
    public var logger: Logger
    /// Article pages followed per listing page and crawl, at most.
    public var maxArticlesPerPage = 30
    /// Who holds a source's lease while crawling it: another `pantau run` or `pantau crawl` on the
    /// same database skips the source meanwhile.
    public var leaseOwner = LeaseOwner.current
    public var leaseSeconds: TimeInterval = 600
    /// YouTube quota and renewed TikTok tokens shared by the API sources (`kind: api`).
    public var platformSession: PlatformSession
    /// Outcomes saved per transaction, at most.
    public var saveBatch = 256
    /// Seconds a finished source may wait for its batch before it is saved anyway.
    public var saveInterval: TimeInterval = 1
    /// robots.txt per host; nil crawls without asking (only for one's own test servers).
    public var robots: RobotsCache?
    /// The parser plug-in of `crawl: { parser_plugin: PATH }`, if set (see `ParserPlugin`).
    public var plugin: ParserPlugin?
    /// Where each run keeps its parse journal (see `ParseJournal`); nil records parses under way
    /// in the store instead.
    public var parseJournalDirectory: String?
    /// Why the configured plug-in could not be loaded; the run stops on it before it starts.
    var pluginError: PipelineError?

    /// A run on `storage`. `matcher`: built beforehand (e.g. while the database was being opened),
    /// else here; `platformStateFile`: where API quota and renewed tokens outlive the run (see
    /// `PlatformSession`), nil to keep them in memory.
    public init(registry: Registry, storage: any CrawlStorage, engine: FetchEngine, logger: Logger,
                matcher: Matcher? = nil, platformStateFile: String? = nil) {
        self.registry = registry
        self.storage = storage
        self.engine = engine
        self.matcher = matcher ?? Matcher(units: registry.units, innovations: registry.innovations)
        self.logger = logger
        self.platformSession = PlatformSession(platforms: registry.settings.platforms, stateFile: platformStateFile)
        self.robots = registry.settings.crawl.robots ? RobotsCache(engine: engine) : nil
        self.leaseSeconds = TimeInterval(registry.settings.crawl.lease)
        if let path = registry.settings.crawl.parserPlugin {
            do { plugin = try ParserPlugin(path: path) } catch { pluginError = error }
        }
    }

    /// A run on a SQLite database, its platform state file and parse journals beside it.
    public init(registry: Registry, database: AppDatabase, engine: FetchEngine, logger: Logger, matcher: Matcher? = nil) {
        self.init(registry: registry, storage: database, engine: engine, logger: logger, matcher: matcher,
                  platformStateFile: PlatformSession.stateFile(forDatabase: database.writer.path))
        parseJournalDirectory = ParseJournal.directory(forDatabase: database.writer.path)
    }

    /// Which sources a run crawls.
    public enum Selection: Sendable {
        /// These sources, due or not.
        case sources([Source])
        /// The registry's sources that are due when the run starts.
        case due
    }

    /// The named sources (an unknown id throws), all of them, or those due.
    public func selection(ids: [String], all: Bool) throws -> Selection {
        if !ids.isEmpty {
            return .sources(try ids.map { id in
                guard let s = registry.source(id) else { throw PipelineError.unknownSource(id) }
                return s
            })
        }
        return all ? .sources(registry.sources) : .due
    }

    /// Crawls `sources` and returns what happened. `now` stamps every row (the demo anchors it).
    public func run(sources: [Source], now: @escaping @Sendable () -> Date = { Date() },
                    progress: Progress = Progress(enabled: false), command: String = "crawl") async throws -> CrawlSummary {
        try await run(.sources(sources), now: now, progress: progress, command: command)
    }

    /// Crawls the selected sources and returns what happened (see `run(sources:now:progress:command:)`).
    public func run(_ selection: Selection, now: @escaping @Sendable () -> Date = { Date() },
                    progress: Progress = Progress(enabled: false), command: String = "crawl") async throws -> CrawlSummary {
        if let pluginError { throw pluginError }
        let startedAt = now()
        let deaths = parseJournalDirectory.map { ParseJournal.collect(directory: $0, isAlive: LeaseOwner.isAlive) } ?? []
        for id in try await storage.recoverAbandonedClaims(parseDeaths: deaths, isAlive: LeaseOwner.isAlive, at: now()) {
            logger.error("source quarantined: reading it stopped the process twice in a row", metadata: ["source": "\(id)"])
        }
        let sources: [Source]
        switch selection {
        case let .sources(s): sources = s
        case .due:
            let due = try await storage.dueSourceIDs(at: now())
            sources = registry.sources.filter { due.contains($0.id) }
        }
        let runID = try await storage.startRun(command: command, at: now())
        let started = Date()
        progress.start(total: sources.count)
        let journal = parseJournalDirectory.flatMap { ParseJournal(directory: $0, owner: leaseOwner) }
        var dueOnly = false
        if case .due = selection { dueOnly = true }
        var summary = await crawlWindows(sources, runID: runID, startedAt: startedAt, now: now, progress: progress,
                                         crawl: sourceCrawl(journal: journal), dueOnly: dueOnly)
        journal?.remove()
        progress.finish()
        summary.seconds = Date().timeIntervalSince(started)
        summary.errors.sort { $0.source < $1.source }
        summary.moved.sort { $0.source < $1.source }
        try await storage.finishRun(runID, at: now(), sources: summary.sources, newPosts: summary.newPosts,
                                    errors: summary.failed)
        summary.totals = try await storage.counts()
        return summary
    }

    /// The single-source crawl this run hands each claimed source to.
    func sourceCrawl(journal: ParseJournal?) -> SourceCrawl {
        var c = SourceCrawl(settings: registry.settings, matcher: matcher, fetch: { [engine] in await engine.fetch($0) },
                            logger: logger, robots: robots, plugin: plugin, platformSession: platformSession,
                            parseGuard: ParseGuard(storage: storage, owner: leaseOwner, logger: logger, journal: journal))
        c.maxArticlesPerPage = maxArticlesPerPage
        return c
    }
}
