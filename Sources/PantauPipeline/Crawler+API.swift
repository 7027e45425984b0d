import Foundation
import PantauFetch
import PantauMatch
import PantauModel
import PantauPlatforms
import PantauStore

/// Sources of `kind: api`: read through the platform's official API instead of fetched and parsed.
/// Posts and counters are stored like a feed's (a new engagement snapshot when counters change);
/// what Pantau could see of the channel is recorded as a channel state.
extension Crawler {
    func crawlAPI(_ source: Source, state: SourceState?, runID: Int64, now: @Sendable () -> Date) async -> Finished {
        var result = SourceResult(sourceID: source.id, url: source.url)
        let platforms = registry.settings.platforms
        var reader = ChannelReader(source: source, platforms: platforms, since: state?.lastSuccess)
        let credential = source.credential ?? platforms.tiktok?.credential(nil)?.name ?? ""
        if source.platform == .tiktok, let t = platformSession.tiktokTokens(credential) {
            reader.tiktokToken = t.accessToken
            reader.tiktokRefreshToken = t.refreshToken
        }
        if let until = platformSession.graphWait(source.platform, at: now()) { return waiting(source, result, until: until) }
        let started = Date()
        let read = await reader.read(send: platformSend, spend: platformSession.spend(at: now()))
        if Task.isCancelled {
            result.skipped = true
            return Finished(result: result, outcome: nil)
        }
        platformSession.note(read.usage, on: source.platform, at: now())
        // The quota said wait before any post was listed: not a failure of the channel, nothing to record.
        if !read.listed, read.error == nil, let until = read.waitsForQuota { return waiting(source, result, until: until) }
        if let t = read.renewedTokens { platformSession.keep(t, for: credential, logger: logger) }
        let at = now()
        var outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, status: read.listed ? 200 : 0,
                                   elapsed: Date().timeIntervalSince(started))
        let problem = read.error.map { Redaction.text("\($0)", removing: platforms.allSecrets) }
        if read.listed {
            outcome.posts = matched(read.posts.map(\.post), source: source, state: state)
            if let problem { logger.info("API read stopped early", metadata: ["source": "\(source.id)", "problem": "\(problem)"]) }
        } else {
            outcome.error = problem ?? read.waitsForQuota.map { "waits for YouTube quota until \(ISO8601DateFormatter().string(from: $0))" }
                ?? "no answer"
        }
        let hint = read.state == .tokenExpired ? read.error?.hint(registry.settings.language) : nil
        outcome.channel = APIChannelState(state: read.state, hint: hint, followers: read.followers)
        // A refused token or a rate limit is not a failing channel: no back-off, no broken-channel alert.
        let failed = outcome.error != nil && outcome.channel?.countsAsFailure != false
        let failures = failed ? (state?.consecutiveFailures ?? 0) + 1 : (outcome.error == nil ? 0 : state?.consecutiveFailures ?? 0)
        let every = source.every ?? registry.settings.every
        outcome.nextDue = Schedule.nextDue(now: at, every: every, failures: failures, retryAfter: read.pause(now: at),
                                           jitter: Double.random(in: 0..<1))
        // Only a broken channel counts as a failed source; a refused token or a rate limit is said
        // through the channel's state (and the summary's channel line with its hint).
        if failed { result.problem = outcome.error } else if let e = outcome.error {
            logger.notice("API channel not readable now", metadata: ["source": "\(source.id)", "state": "\(read.state.rawValue)",
                                                                     "problem": "\(e)"])
        }
        result.channel = CrawlSummary.APIChannel(source: source.id, platform: source.platform.rawValue, state: read.state.rawValue,
                                                 posts: read.posts.count, followers: read.followers, calls: read.calls,
                                                 quotaSpent: read.quotaSpent, waitsUntil: read.waitsForQuota,
                                                 hint: hint)
        return Finished(result: result, outcome: outcome)
    }

    /// A source not read now because the platform asked Pantau to hold back (Graph usage past 80 %,
    /// YouTube quota): nothing is recorded against the channel, it stays due, and the summary says until when.
    func waiting(_ source: Source, _ partial: SourceResult, until: Date) -> Finished {
        // Said in `pantau sources` ("menunggu … sampai …"); not a crawl, so no fetch row and no failure.
        let zone = TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta
        let l = registry.settings.language
        let when = LocalFormat.dateTime(until, zone: zone, language: l)
        let note = l == .id ? "Menunggu batas/kuota API \(source.platform.displayName) sampai \(when)."
                            : "Waiting for the \(source.platform.displayName) API rate limit or quota until \(when)."
        do { try database.noteChannelWaiting(source.id, note: note, at: Date()) } catch {
            logger.error("channel state not saved", metadata: ["source": "\(source.id)", "problem": "\(error)"])
        }
        var r = partial
        r.skipped = true
        r.channel = CrawlSummary.APIChannel(source: source.id, platform: source.platform.rawValue,
                                           state: ChannelState.rateLimited.rawValue, posts: 0, followers: nil, calls: 0,
                                           quotaSpent: 0, waitsUntil: until, hint: nil)
        return Finished(result: r, outcome: nil)
    }

    /// New posts matched to innovations; posts stored before keep their matches (as for feeds).
    func matched(_ posts: [Post], source: Source, state: SourceState?) -> [MatchedPost] {
        let known = state?.lastSuccess == nil ? [] : (try? database.knownStableIDs(sourceID: source.id)) ?? []
        return posts.map { post in
            if known.contains(post.stableID) { return MatchedPost(post: post, matches: []) }
            return MatchedPost(post: post, matches: matcher.match(MatchPost(
                id: post.stableID, title: post.title, text: post.text, url: post.url, unitID: source.unitID)))
        }
    }

    /// A YouTube channel feed's videos with likes, comments and views from the Data API, when
    /// `platforms.youtube` is configured and the quota allows; otherwise the feed's own counters.
    func withYouTubeStatistics(_ posts: [Post], source: Source, at: Date) async -> [Post] {
        guard source.platform == .youtube, let yt = registry.settings.platforms.youtube else { return posts }
        let ids = posts.compactMap { YouTube.videoID(stableID: $0.stableID, url: $0.url) }
        guard !ids.isEmpty else { return posts }
        let read = await ChannelReader.youTubeStatistics(videoIDs: ids, youtube: yt, send: platformSend,
                                                         spend: platformSession.spend(at: at))
        if let e = read.error {
            logger.info("YouTube statistics not read", metadata: ["source": "\(source.id)", "problem": "\(e)"])
        }
        let byID = Dictionary(read.posts.map { ($0.post.stableID, $0.post.engagement) }, uniquingKeysWith: { a, _ in a })
        return posts.map { p in
            guard let id = YouTube.videoID(stableID: p.stableID, url: p.url), let e = byID["yt:video:" + id] else { return p }
            var q = p
            q.engagement = Engagement(views: e.views ?? p.engagement.views, likes: e.likes ?? p.engagement.likes,
                                      comments: e.comments ?? p.engagement.comments, shares: p.engagement.shares)
            return q
        }
    }

    /// Hands a platform request to the fetch engine; credentials go only into the header lines and
    /// body given to libcurl.
    var platformSend: ChannelReader.Send {
        { [engine] request in
            let r = await engine.fetch(FetchRequest(url: request.url, method: request.method == .post ? .post : .get,
                                                    headers: request.headerLines(), body: request.bodyBytes()))
            return PlatformResponse(status: r.status, headers: r.headers, body: r.body, transportProblem: r.error?.description)
        }
    }
}
