import Foundation
import PantauFetch
import PantauModel
import PantauPlatforms

/// Sources of `kind: api`: read through the platform's official API instead of fetched and parsed.
/// Posts and counters are stored like a feed's (a new engagement snapshot when counters change);
/// what Pantau could see of the channel is recorded as a channel state.
extension SourceCrawl {
    func crawlAPI(_ source: Source, _ claimed: ClaimedSource, runID: Int64?, now: @Sendable () -> Date) async
        -> CrawlOutcome {
        let platforms = settings.platforms
        var reader = ChannelReader(source: source, platforms: platforms, since: claimed.state.lastSuccess)
        let credential = source.credential ?? platforms.tiktok?.credential(nil)?.name ?? ""
        if source.platform == .tiktok, let t = platformSession.tiktokTokens(credential) {
            reader.tiktokToken = t.accessToken
            reader.tiktokRefreshToken = t.refreshToken
        }
        if let until = platformSession.graphWait(source.platform, at: now()) { return waiting(source, until: until) }
        let started = Date()
        let read = await reader.read(send: platformSend, spend: platformSession.spend(at: now()))
        if Task.isCancelled { return .skipped(source, .cancelled) }
        platformSession.note(read.usage, on: source.platform, at: now())
        // The quota said wait before any post was listed: not a failure of the channel, nothing to record.
        if !read.listed, read.error == nil, let until = read.waitsForQuota { return waiting(source, until: until) }
        if let t = read.renewedTokens { platformSession.keep(t, for: credential, logger: logger) }
        let at = now()
        var outcome = CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, status: read.listed ? 200 : 0,
                                   elapsed: Date().timeIntervalSince(started))
        let problem = read.error.map { Redaction.text("\($0)", removing: platforms.allSecrets) }
        if read.listed {
            outcome.posts = matched(read.posts.map(\.post), source: source, known: claimed.knownIDs)
            if let problem { logger.info("API read stopped early", metadata: ["source": "\(source.id)", "problem": "\(problem)"]) }
        } else {
            outcome.problem = .api(problem ?? read.waitsForQuota.map {
                "waits for YouTube quota until \(ISO8601DateFormatter().string(from: $0))"
            } ?? "no answer")
        }
        let hint = read.state == .tokenExpired ? read.error?.hint(settings.language) : nil
        outcome.channel = APIChannelState(state: read.state, hint: hint, followers: read.followers)
        // A refused token or a rate limit is not a failing channel: no back-off, no broken-channel alert.
        var attempt = Schedule.Attempt(at: at, fixedEvery: source.every, fallbackEvery: settings.every)
        attempt.problem = outcome.problem != nil
        attempt.failed = outcome.failed
        attempt.retryAfter = read.pause(now: at)
        attempt.adapts = false
        outcome.nextDue = Schedule.next(after: attempt, state: claimed.state)
        // Only a broken channel counts as a failed source; a refused token or a rate limit is said
        // through the channel's state (and the summary's channel line with its hint).
        if !outcome.failed, let e = outcome.problem {
            logger.notice("API channel not readable now", metadata: ["source": "\(source.id)", "state": "\(read.state.rawValue)",
                                                                     "problem": "\(e)"])
        }
        outcome.channelRead = APIChannelRead(source: source.id, platform: source.platform.rawValue, state: read.state.rawValue,
                                             posts: read.posts.count, followers: read.followers, calls: read.calls,
                                             quotaSpent: read.quotaSpent, waitsUntil: read.waitsForQuota, hint: hint)
        return outcome
    }

    /// A source not read now because the platform asked Pantau to hold back (Graph usage past 80 %,
    /// YouTube quota): nothing is recorded against the channel, it stays due, and the summary says
    /// until when; the run notes it in the channel's state ("menunggu … sampai …" in `pantau sources`).
    func waiting(_ source: Source, until: Date) -> CrawlOutcome {
        let zone = TimeZone(identifier: settings.timezone) ?? ISOWeek.jakarta
        let l = settings.language
        let when = LocalFormat.dateTime(until, zone: zone, language: l)
        let note = l == .id ? "Menunggu batas/kuota API \(source.platform.displayName) sampai \(when)."
                            : "Waiting for the \(source.platform.displayName) API rate limit or quota until \(when)."
        var o = CrawlOutcome.skipped(source, .waiting(until: until, note: note))
        o.channelRead = APIChannelRead(source: source.id, platform: source.platform.rawValue,
                                       state: ChannelState.rateLimited.rawValue, posts: 0, followers: nil, calls: 0,
                                       quotaSpent: 0, waitsUntil: until, hint: nil)
        return o
    }

    /// A YouTube channel feed's videos with likes, comments and views from the Data API, when
    /// `platforms.youtube` is configured and the quota allows; otherwise the feed's own counters.
    func withYouTubeStatistics(_ posts: [Post], source: Source, at: Date) async -> [Post] {
        guard source.platform == .youtube, let yt = settings.platforms.youtube else { return posts }
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

    /// Hands a platform request to the fetch function; credentials go only into the header lines and
    /// body given to libcurl.
    var platformSend: ChannelReader.Send {
        { [fetch] request in
            let r = await fetch(FetchRequest(url: request.url, method: request.method == .post ? .post : .get,
                                             headers: request.headerLines(), body: request.bodyBytes()))
            return PlatformResponse(status: r.status, headers: r.headers, body: r.body, transportProblem: r.error?.description)
        }
    }
}
