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
    /// robots.txt per host; nil crawls without asking (only for one's own test servers).
    public var robots: RobotsCache?

    public init(registry: Registry, database: AppDatabase, engine: FetchEngine, logger: Logger) {
        self.registry = registry
        self.database = database
        self.engine = engine
        self.matcher = Matcher(units: registry.units, innovations: registry.innovations)
        self.logger = logger
        self.robots = registry.settings.crawl.robots ? RobotsCache(engine: engine) : nil
    }

    /// Which sources to crawl: the named ones, all of them, or those due at `now`.
    public func select(ids: [String], all: Bool, now: Date) throws -> [Source] {
        if !ids.isEmpty {
            return try ids.map { id in
                guard let s = registry.source(id) else { throw PipelineError.unknownSource(id) }
                return s
            }
        }
        if all { return registry.sources }
        let states = try database.sourceStates()
        return registry.sources.filter { s in
            guard let due = states[s.id]?.nextDue else { return true }
            return due <= now
        }
    }

    /// Crawls `sources` and returns what happened. `now` stamps every row (the demo anchors it).
    public func crawl(_ sources: [Source], now: @escaping @Sendable () -> Date, progress: Progress,
                      command: String = "crawl") async throws -> CrawlSummary {
        try database.syncSources(registry.sources)
        try database.clearDeadLeases(isAlive: LeaseOwner.isAlive)
        let states = try database.sourceStates()
        let runID = try database.startRun(command: command, at: now())
        let started = Date()
        progress.start(total: sources.count)
        var summary = CrawlSummary()
        summary.sources = sources.count
        await withTaskGroup(of: SourceResult.self) { group in
            for source in sources {
                let state = states[source.id]
                group.addTask { await self.crawlOne(source, state: state, runID: runID, now: now) }
            }
            for await r in group {
                summary.add(r)
                progress.sourceDone(newPosts: r.newPosts, failed: r.problem != nil)
            }
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
    }

    /// Fetches, parses, matches and saves one source. Never throws: problems are recorded.
    func crawlOne(_ source: Source, state: SourceState?, runID: Int64, now: @Sendable () -> Date) async -> SourceResult {
        var result = SourceResult(sourceID: source.id, url: source.url)
        let claimedAt = now()
        do {
            guard try database.acquireLease(sourceID: source.id, owner: leaseOwner, now: claimedAt,
                                            until: claimedAt + leaseSeconds) else {
                result.skipped = true
                return result
            }
        } catch {
            result.problem = "cannot claim source: \(error)"
            return result
        }
        defer { try? database.releaseLease(sourceID: source.id, owner: leaseOwner) }
        if let robots {
            switch await robots.check(source.url) {
            case .allowed: break
            case .disallowed:
                return await record(source, state: state, runID: runID, at: now(), problem: "disallowed by robots.txt", result)
            case let .unavailable(why):
                return await record(source, state: state, runID: runID, at: now(), problem: why, result)
            }
        }
        let request = FetchRequest(url: source.url, etag: state?.etag, lastModified: state?.lastModified)
        let response = await engine.fetch(request)
        if response.error == .cancelled || Task.isCancelled {
            // Shutting down: nothing happened to this source, so nothing is recorded.
            result.skipped = true
            return result
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
                outcome.posts = posts.map { post in
                    MatchedPost(post: post, matches: matcher.match(MatchPost(
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
        do {
            result.newPosts = try database.save(outcome)
            if result.newPosts > 0 {
                result.newMatches = outcome.posts.reduce(0) { $0 + $1.matches.count }
            }
        } catch {
            outcome.error = "cannot save: \(error)"
        }
        result.problem = outcome.error
        if let p = outcome.error {
            logger.warning("source failed", metadata: ["source": "\(source.id)", "url": "\(source.url)", "problem": "\(p)"])
        } else {
            logger.debug("source crawled", metadata: ["source": "\(source.id)", "new": "\(result.newPosts)"])
        }
        return result
    }

    /// Records a source that was not fetched (robots.txt), as a failed attempt to retry later.
    func record(_ source: Source, state: SourceState?, runID: Int64, at: Date, problem: String,
                _ partial: SourceResult) async -> SourceResult {
        var result = partial
        let every = source.every ?? registry.settings.every
        let failures = (state?.consecutiveFailures ?? 0) + 1
        let outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, error: problem,
                                   nextDue: Schedule.nextDue(now: at, every: every, failures: failures, retryAfter: nil,
                                                             jitter: Double.random(in: 0..<1)))
        do { try database.save(outcome) } catch { logger.error("cannot save", metadata: ["error": "\(error)"]) }
        result.problem = problem
        logger.warning("source skipped", metadata: ["source": "\(source.id)", "problem": "\(problem)"])
        return result
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
                logger.info("article failed", metadata: ["source": "\(source.id)", "url": "\(link)", "problem": "\(r.problem ?? "")"])
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
                logger.info("article unreadable", metadata: ["source": "\(source.id)", "url": "\(link)", "problem": "\(error)"])
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
