import Foundation
import Logging
import PantauFetch
import PantauMatch
import PantauModel
import PantauParse
import PantauStore

/// Crawls sources end to end: fetch (libcurl) → parse (libxml2) → match → store, many at once.
/// One source's failure is recorded and never stops the others.
public struct Crawler: Sendable {
    public var registry: Registry
    public var database: AppDatabase
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
    /// Results saved per transaction, at most.
    public var saveBatch = 256
    /// Seconds a finished source may wait for its batch before it is saved anyway.
    public var saveInterval: TimeInterval = 1
    /// Whether the database's source table already mirrors the registry (the caller synced it, e.g.
    /// while the matcher was being built); otherwise `crawl` syncs it first.
    public var sourcesSynced = false
    /// robots.txt per host; nil crawls without asking (only for one's own test servers).
    public var robots: RobotsCache?

    public init(registry: Registry, database: AppDatabase, engine: FetchEngine, logger: Logger) {
        self.init(registry: registry, database: database, engine: engine, logger: logger,
                  matcher: Matcher(units: registry.units, innovations: registry.innovations))
    }

    /// With a matcher built beforehand (e.g. while the database was being opened).
    public init(registry: Registry, database: AppDatabase, engine: FetchEngine, logger: Logger, matcher: Matcher) {
        self.registry = registry
        self.database = database
        self.engine = engine
        self.matcher = matcher
        self.logger = logger
        self.platformSession = PlatformSession(platforms: registry.settings.platforms,
                                               stateFile: PlatformSession.stateFile(forDatabase: database.writer.path))
        self.robots = registry.settings.crawl.robots ? RobotsCache(engine: engine) : nil
    }

    /// Which sources to crawl: the named ones, all of them, or those due at `now`. `states`: the
    /// database's `sourceStates()` if the caller has read them already.
    public func select(ids: [String], all: Bool, now: Date, states known: [String: SourceState]? = nil) throws -> [Source] {
        if !ids.isEmpty {
            return try ids.map { id in
                guard let s = registry.source(id) else { throw PipelineError.unknownSource(id) }
                return s
            }
        }
        if all { return registry.sources }
        let states = try known ?? database.sourceStates()
        return registry.sources.filter { s in
            guard let due = states[s.id]?.nextDue else { return true }
            return due <= now
        }
    }

    /// Crawls `sources` and returns what happened. `now` stamps every row (the demo anchors it).
    /// `states`: the database's `sourceStates()` if the caller has just read them, after the sources
    /// were synced (e.g. while the matcher was being built); otherwise they are read here.
    ///
    /// Sources go through a window of at most `window` in flight. Their leases are claimed a window at
    /// a time in one transaction, and results are saved in batches from this one task (one transaction
    /// per batch, each source in its own savepoint, its lease released in the same statement): a batch
    /// is written once it holds `saveBatch` results or `saveInterval` seconds have passed since the last.
    public func crawl(_ sources: [Source], states known: [String: SourceState]? = nil, now: @escaping @Sendable () -> Date,
                      progress: Progress, command: String = "crawl") async throws -> CrawlSummary {
        if !sourcesSynced { try database.syncSources(registry.sources) }
        try database.clearDeadLeases(isAlive: LeaseOwner.isAlive)
        let states = try known ?? database.sourceStates()
        let runID = try database.startRun(command: command, at: now())
        let started = Date()
        progress.start(total: sources.count)
        var summary = CrawlSummary()
        summary.sources = sources.count
        let window = max(engine.config.concurrency * 4, 64)
        await withTaskGroup(of: Finished.self) { group in
            var next = 0
            var ready: [Source] = []
            var readyHead = 0
            var inFlight = 0
            var pending: [Finished] = []
            var lastSave = Date()
            while true {
                while inFlight < window {
                    if readyHead == ready.count {
                        guard next < sources.count else { break }
                        let chunk = Array(sources[next..<min(next + window, sources.count)])
                        next += chunk.count
                        ready = claim(chunk, now: now(), into: &summary, progress: progress)
                        readyHead = 0
                        continue
                    }
                    let source = ready[readyHead]
                    readyHead += 1
                    let state = states[source.id]
                    inFlight += 1
                    group.addTask { await self.crawlOne(source, state: state, runID: runID, now: now) }
                }
                guard let done = await group.next() else { break }
                inFlight -= 1
                pending.append(done)
                if pending.count >= saveBatch || Date().timeIntervalSince(lastSave) >= saveInterval || inFlight == 0 {
                    saveAll(pending, into: &summary, progress: progress)
                    pending.removeAll(keepingCapacity: true)
                    lastSave = Date()
                }
            }
            saveAll(pending, into: &summary, progress: progress)
        }
        progress.finish()
        summary.seconds = Date().timeIntervalSince(started)
        summary.errors.sort { $0.source < $1.source }
        summary.moved.sort { $0.source < $1.source }
        try database.finishRun(runID, at: now(), sources: summary.sources, newPosts: summary.newPosts,
                               errors: summary.failed)
        summary.totals = try database.counts()
        return summary
    }

    /// Claims the leases of `chunk` in one transaction and returns the sources claimed; the others
    /// (held by another live process, or not claimable at all) are counted right away.
    private func claim(_ chunk: [Source], now at: Date, into summary: inout CrawlSummary, progress: Progress) -> [Source] {
        do {
            let claimed = try database.acquireLeases(sourceIDs: chunk.map(\.id), owner: leaseOwner, now: at,
                                                     until: at + leaseSeconds)
            for s in chunk where !claimed.contains(s.id) {
                var r = SourceResult(sourceID: s.id, url: s.url)
                r.skipped = true
                summary.add(r)
                progress.sourceDone(newPosts: 0, failed: false)
            }
            return chunk.filter { claimed.contains($0.id) }
        } catch {
            for s in chunk {
                var r = SourceResult(sourceID: s.id, url: s.url)
                r.problem = "cannot claim source: \(error)"
                summary.add(r)
                progress.sourceDone(newPosts: 0, failed: true)
            }
            logger.error("cannot claim sources", metadata: ["error": "\(logText(error))"])
            return []
        }
    }

    /// Saves finished sources in one transaction and counts them; a source whose save failed
    /// counts as failed (its lease is given back so a later run retries it).
    private func saveAll(_ batch: [Finished], into summary: inout CrawlSummary, progress: Progress) {
        let cancelled = batch.filter { $0.outcome == nil }
        if !cancelled.isEmpty {
            try? database.releaseLeases(sourceIDs: cancelled.map(\.result.sourceID), owner: leaseOwner)
            for f in cancelled { summary.add(f.result) }
        }
        let batch = batch.filter { $0.outcome != nil }
        guard !batch.isEmpty else { return }
        let saved: [Result<Int, StoreError>]
        do {
            saved = try database.save(batch.map { $0.outcome! }, releasingLeasesOf: leaseOwner)
        } catch {
            saved = batch.map { _ in .failure(.query("\(error)")) }
        }
        var unsaved: [String] = []
        for (f, s) in zip(batch, saved) {
            var r = f.result
            switch s {
            case let .success(n):
                r.newPosts = n
                if n > 0 { r.newMatches = f.outcome!.posts.reduce(0) { $0 + $1.matches.count } }
                if let p = r.problem {
                    logger.warning("source failed", metadata: ["source": "\(r.sourceID)", "url": "\(r.url)", "problem": "\(logText(p))"])
                } else {
                    logger.debug("source crawled", metadata: ["source": "\(r.sourceID)", "new": "\(n)"])
                }
            case let .failure(e):
                r.problem = "cannot save: \(e)"
                unsaved.append(r.sourceID)
                logger.error("cannot save", metadata: ["source": "\(r.sourceID)", "error": "\(logText(e))"])
            }
            summary.add(r)
            progress.sourceDone(newPosts: r.newPosts, failed: r.problem != nil)
        }
        if !unsaved.isEmpty { try? database.releaseLeases(sourceIDs: unsaved, owner: leaseOwner) }
    }

    struct SourceResult: Sendable {
        var sourceID: String
        var url: String
        var notModified = false
        var newPosts = 0
        var newMatches = 0
        var bytes = 0
        var problem: String?
        var movedTo: String?
        var skipped = false
        var channel: CrawlSummary.APIChannel?
    }

    /// One source crawled and not saved yet: what to count and what to store.
    struct Finished: Sendable {
        var result: SourceResult
        /// nil when there is nothing to record (the crawl was cancelled before an answer came).
        var outcome: CrawlOutcome?
    }

    /// Fetches, parses and matches one claimed source; the caller saves the outcome. Never throws:
    /// problems are recorded in the outcome.
    func crawlOne(_ source: Source, state: SourceState?, runID: Int64, now: @Sendable () -> Date) async -> Finished {
        var result = SourceResult(sourceID: source.id, url: source.url)
        if source.kind == .api { return await crawlAPI(source, state: state, runID: runID, now: now) }
        if let robots {
            switch await robots.check(source.url) {
            case .allowed: break
            case .disallowed:
                return notFetched(source, state: state, runID: runID, at: now(), problem: "disallowed by robots.txt", result)
            case let .unavailable(why):
                return notFetched(source, state: state, runID: runID, at: now(), problem: why, result)
            }
        }
        let request = FetchRequest(url: source.url, etag: state?.etag, lastModified: state?.lastModified)
        let response = await engine.fetch(request)
        if response.error == .cancelled || Task.isCancelled {
            // Shutting down: nothing happened to this source, so nothing is recorded (the lease is given back).
            result.skipped = true
            return Finished(result: result, outcome: nil)
        }
        let at = now()
        let every = source.every ?? registry.settings.every
        var postTimes: [Date] = []
        var ttl: Seconds?
        var outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at,
                                   status: response.status, notModified: response.notModified,
                                   bytes: response.wireBytes, elapsed: response.elapsed,
                                   etag: response.etag, lastModified: response.lastModified,
                                   gone: response.status == 410, movedTo: response.permanentTarget.map {
                                       URL(string: $0, relativeTo: URL(string: source.url))?.absoluteString ?? $0
                                   })
        result.bytes = response.wireBytes
        result.movedTo = outcome.movedTo
        var retryAfter: Seconds?
        if let problem = response.problem {
            outcome.error = problem
            if response.status == 429 || response.status == 503 {
                retryAfter = Schedule.retryAfter(response.retryAfter, now: at, parseDate: HTTPDate.parse)
            }
        } else if response.notModified {
            result.notModified = true
        } else {
            do {
                let parsed = try DocumentParser.parse(response.body, url: response.effectiveURL,
                                                      contentType: response.contentType, kind: source.kind, fetchedAt: at)
                var posts = parsed.posts
                if !parsed.links.isEmpty {
                    posts += await followArticles(parsed.links, source: source, at: at, outcome: &outcome)
                }
                // Posts stored before keep their matches: only new ones are matched (the store
                // records matches of new posts only). A never-crawled source has none stored.
                let known = state?.lastSuccess == nil ? [] : (try? database.knownStableIDs(sourceID: source.id)) ?? []
                posts = await withYouTubeStatistics(posts, source: source, at: at)
                outcome.posts = posts.map { post in
                    if known.contains(post.stableID) { return MatchedPost(post: post, matches: []) }
                    return MatchedPost(post: post, matches: matcher.match(MatchPost(
                        id: post.stableID, title: post.title, text: post.text, url: post.url, unitID: source.unitID)))
                }
                postTimes = posts.compactMap(\.published)
                ttl = parsed.ttlSeconds
            } catch {
                outcome.error = "cannot parse: \(error)"
            }
        }
        let failures = outcome.error == nil ? 0 : (state?.consecutiveFailures ?? 0) + 1
        let interval = failures > 0 ? every : Schedule.interval(
            fixed: source.every, fallback: registry.settings.every, previous: state?.previousInterval,
            notModified: response.notModified, postTimes: postTimes, ttl: ttl,
            maxAge: Schedule.maxAge(response.header("cache-control")))
        outcome.nextDue = Schedule.nextDue(now: at, every: interval, failures: failures, retryAfter: retryAfter,
                                           jitter: Double.random(in: 0..<1))
        result.problem = outcome.error
        return Finished(result: result, outcome: outcome)
    }

    /// A source that was not fetched (robots.txt), as a failed attempt to retry later.
    func notFetched(_ source: Source, state: SourceState?, runID: Int64, at: Date, problem: String,
                    _ partial: SourceResult) -> Finished {
        var result = partial
        let every = source.every ?? registry.settings.every
        let failures = (state?.consecutiveFailures ?? 0) + 1
        let outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, error: problem,
                                   nextDue: Schedule.nextDue(now: at, every: every, failures: failures, retryAfter: nil,
                                                             jitter: Double.random(in: 0..<1)))
        result.problem = problem
        return Finished(result: result, outcome: outcome)
    }

    /// Fetches the article pages a listing links to that are not stored yet, politely, and parses them.
    func followArticles(_ links: [String], source: Source, at: Date, outcome: inout CrawlOutcome) async -> [Post] {
        let known = (try? database.knownStableIDs(sourceID: source.id)) ?? []
        var seen = Set<String>()
        let fresh = links.filter { !known.contains($0) && seen.insert($0).inserted }.prefix(maxArticlesPerPage)
        let responses = await withTaskGroup(of: (String, FetchResponse).self) { group in
            for link in fresh {
                group.addTask {
                    if let robots, await robots.check(link) != .allowed {
                        return (link, FetchResponse.refused(link, "disallowed by robots.txt"))
                    }
                    return (link, await engine.fetch(FetchRequest(url: link)))
                }
            }
            var out: [(String, FetchResponse)] = []
            for await r in group { out.append(r) }
            return out
        }
        var posts: [Post] = []
        for (link, r) in responses.sorted(by: { $0.0 < $1.0 }) {
            outcome.bytes += r.wireBytes
            guard r.succeeded else {
                logger.info("article failed", metadata: ["source": "\(source.id)", "url": "\(link)", "problem": "\(logText(r.problem ?? ""))"])
                continue
            }
            do {
                let parsed = try DocumentParser.parse(r.body, url: r.effectiveURL, contentType: r.contentType,
                                                      kind: .page, fetchedAt: at)
                for var p in parsed.posts {
                    p.stableID = link
                    posts.append(p)
                }
            } catch {
                logger.info("article unreadable", metadata: ["source": "\(source.id)", "url": "\(link)", "problem": "\(logText(error))"])
            }
        }
        return posts
    }
}

extension CrawlSummary {
    mutating func add(_ r: Crawler.SourceResult) {
        bytes += r.bytes
        newPosts += r.newPosts
        newMatches += r.newMatches
        if r.skipped {
            skipped += 1
        } else if let p = r.problem {
            failed += 1
            errors.append(SourceProblem(source: r.sourceID, url: r.url, problem: p))
        } else if r.notModified {
            notModified += 1
        } else {
            fetched += 1
        }
        if let to = r.movedTo { moved.append(SourceMove(source: r.sourceID, from: r.url, to: to)) }
        if let c = r.channel { channels.append(c) }
    }
}

/// Problems of the composing stage, in words.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case unknownSource(String)
    case unknownUnit(String)
    case cannotWrite(path: String, reason: String)
    case noPosts

    public var description: String {
        switch self {
        case let .unknownSource(id): "no source with id \"\(id)\" in the registry"
        case let .unknownUnit(id): "no unit with id \"\(id)\" in the registry"
        case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
        case .noPosts: "the database holds no posts yet: run `pantau crawl` first"
        }
    }
}
