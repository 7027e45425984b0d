import Foundation
import Logging
import PantauFetch
import PantauMatch
import PantauModel
import PantauParse

/// One source's crawl: robots.txt, fetch, parse (with the article pages a listing links to), or a
/// platform API read; counters bounded, new posts matched, and when to come back.
/// `(source, claimed state and known ids) → outcome`: it touches no database, fetches only through
/// `fetch`, and never throws (every problem is typed in the outcome). Each parse runs under the
/// run's `ParseGuard`.
public struct SourceCrawl: Sendable {
    public typealias Fetch = @Sendable (FetchRequest) async -> FetchResponse

    public var settings: Settings
    public var matcher: Matcher
    public var fetch: Fetch
    public var logger: Logger
    /// robots.txt per host; nil crawls without asking (only for one's own test servers).
    public var robots: RobotsCache?
    /// The parser plug-in of `crawl: { parser_plugin: PATH }`, if set (see `ParserPlugin`).
    public var plugin: ParserPlugin?
    /// YouTube quota and renewed TikTok tokens shared by the API sources (`kind: api`).
    public var platformSession: PlatformSession
    /// Article pages followed per listing page and crawl, at most.
    public var maxArticlesPerPage = 30
    /// Writes each parse down while it runs (see `ParseGuard`).
    var parseGuard: ParseGuard

    /// Crawls `source`, claimed as `claimed`, for run `runID`; `now` stamps the outcome.
    public func crawl(_ source: Source, _ claimed: ClaimedSource, runID: Int64?, now: @Sendable () -> Date) async
        -> CrawlOutcome {
        if source.kind == .api { return await crawlAPI(source, claimed, runID: runID, now: now) }
        if let robots {
            switch await robots.check(source.url) {
            case .allowed: break
            case .disallowed: return notFetched(source, claimed, runID: runID, at: now(), problem: .robotsDisallowed)
            case let .unavailable(why):
                return notFetched(source, claimed, runID: runID, at: now(), problem: .robotsUnavailable(why))
            }
        }
        let state = claimed.state
        let response = await fetch(FetchRequest(url: source.url, etag: state.etag, lastModified: state.lastModified))
        // Shutting down: nothing happened to this source, so nothing is recorded (its claim is given back).
        if response.error == .cancelled || Task.isCancelled { return .skipped(source, .cancelled) }
        let at = now()
        var outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at,
                                   status: response.status, notModified: response.notModified,
                                   bytes: response.wireBytes, elapsed: response.elapsed,
                                   etag: response.etag, lastModified: response.lastModified,
                                   gone: response.status == 410, movedTo: response.permanentTarget.map {
                                       URL(string: $0, relativeTo: URL(string: source.url))?.absoluteString ?? $0
                                   })
        var attempt = Schedule.Attempt(at: at, fixedEvery: source.every, fallbackEvery: settings.every)
        attempt.notModified = response.notModified
        attempt.maxAge = Schedule.maxAge(response.header("cache-control"))
        if response.problem != nil {
            outcome.problem = response.error.map { .fetch($0) } ?? .http(status: response.status)
            if response.status == 429 || response.status == 503 {
                attempt.retryAfter = Schedule.retryAfter(response.retryAfter, now: at, parseDate: HTTPDate.parse)
            }
        } else if !response.notModified {
            (attempt.postTimes, attempt.ttl) = await readAnswer(response, source: source, claimed, outcome: &outcome)
        }
        attempt.problem = outcome.problem != nil
        attempt.failed = attempt.problem
        outcome.nextDue = Schedule.next(after: attempt, state: state)
        return outcome
    }

    /// A source that was not fetched (robots.txt), as a failed attempt to retry later.
    func notFetched(_ source: Source, _ claimed: ClaimedSource, runID: Int64?, at: Date, problem: CrawlProblem)
        -> CrawlOutcome {
        var attempt = Schedule.Attempt(at: at, fixedEvery: source.every, fallbackEvery: settings.every)
        attempt.problem = true
        attempt.failed = true
        return CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, problem: problem,
                            nextDue: Schedule.next(after: attempt, state: claimed.state))
    }

    /// New posts matched to innovations; posts stored before keep their matches (the store records
    /// matches of new posts only).
    func matched(_ posts: [Post], source: Source, known: Set<String>) -> [MatchedPost] {
        posts.map { post in
            if known.contains(post.stableID) { return MatchedPost(post: post, matches: []) }
            return MatchedPost(post: post, matches: matcher.match(MatchPost(
                id: post.stableID, title: post.title, text: post.text, url: post.url, unitID: source.unitID)))
        }
    }
}
