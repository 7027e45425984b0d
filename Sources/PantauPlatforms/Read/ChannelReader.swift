import Foundation
import PantauModel

/// Reads one `kind: api` source through its platform's API: pages through the account's posts,
/// adds counters and followers, renews a TikTok token once when it is refused, and stops early when
/// the platform asks to slow down or the YouTube quota says wait. It makes no I/O of its own: the
/// caller's `send` carries each request (through PantauFetch in the pipeline, or anything in tests).
public struct ChannelReader: Sendable {
    public var source: Source
    public var platforms: PlatformSettings
    /// Posts older than this end paging (the last successful read); nil on a first read.
    public var since: Date?
    /// Pages read at most per crawl.
    public var maxPages = 10
    /// Instagram posts whose insights are read at most per crawl (own account only).
    public var maxInsights = 25
    /// A TikTok access token renewed earlier (kept outside the registry) replaces the configured one.
    public var tiktokToken: Secret?
    /// A renewed TikTok refresh token (refresh tokens rotate) replaces the configured one.
    public var tiktokRefreshToken: Secret?

    public typealias Send = @Sendable (PlatformRequest) async -> PlatformResponse
    /// Asks the YouTube budget for units: nil when they are spent now, else when to come back.
    public typealias Spend = @Sendable (Int) -> Date?

    public init(source: Source, platforms: PlatformSettings, since: Date? = nil) {
        self.source = source
        self.platforms = platforms
        self.since = since
    }

    /// Reads the source. Never throws: problems come back in the result.
    public func read(send: @escaping Send, spend: Spend? = nil) async -> ChannelRead {
        var run = Run(send: send, spend: spend)
        let account = source.account ?? ""
        switch source.platform {
        case .instagram:
            guard let g = platforms.instagram, let c = g.credential(source.credential), let uid = c.userID else { break }
            await readInstagram(Instagram(api: g.api, userID: uid, username: account, token: c.token), &run)
        case .facebook:
            guard let g = platforms.facebook, let c = g.credential(source.credential) else { break }
            await readFacebook(Facebook(api: g.api, page: account, token: c.token), &run)
        case .youtube:
            guard let y = platforms.youtube else { break }
            await readYouTube(YouTube(api: y.api, key: y.key), channelID: account, &run)
        case .tiktok:
            guard let t = platforms.tiktok, let c = t.credential(source.credential) else { break }
            await readTikTok(t, c, &run)
        default: break
        }
        if !run.started {
            run.result.error = PlatformError.failed(source.platform, status: 0, detail: "no API configuration or credential for this source")
        }
        return run.result.finished()
    }

    /// Counters of YouTube videos known from a channel feed (`kind: feed` sources), 50 ids a call,
    /// as far as the quota allows. Ids the quota did not reach are left out of the answer.
    public static func youTubeStatistics(videoIDs: [String], youtube y: YouTubePlatform, send: @escaping Send,
                                         spend: Spend? = nil) async -> ChannelRead {
        var run = Run(send: send, spend: spend)
        run.started = true
        var result: [PlatformPost] = []
        let yt = YouTube(api: y.api, key: y.key)
        for request in yt.statisticsRequests(videoIDs: videoIDs) {
            guard let r = await run.call(request) else { break }
            switch yt.readStatistics(r) {
            case let .success(byID):
                for (id, e) in byID.sorted(by: { $0.key < $1.key }) {
                    result.append(PlatformPost(post: Post(stableID: "yt:video:" + id, engagement: e), mediaType: "VIDEO"))
                }
                run.result.listed = true
            case let .failure(e):
                run.result.error = e
            }
            if run.result.error != nil { break }
        }
        run.result.posts = result
        return run.result.finished()
    }

    /// Whether paging should go on after a page whose posts are `posts`.
    func shouldContinue(after posts: [PlatformPost], next: String?, pages: Int, seen: inout Set<String>) -> Bool {
        guard let next, pages < maxPages, seen.insert(next).inserted else { return false }
        guard let since else { return true }
        let oldest = posts.compactMap(\.post.published).min()
        return oldest.map { $0 >= since } ?? true
    }
}

/// One read in progress: what was sent and what came back.
struct Run {
    let send: ChannelReader.Send
    let spend: ChannelReader.Spend?
    var started = false
    var result = ChannelRead()

    init(send: @escaping ChannelReader.Send, spend: ChannelReader.Spend?) {
        self.send = send
        self.spend = spend
    }

    /// Sends `request` unless the YouTube budget says wait (then nil, and the result says until when).
    mutating func call(_ request: PlatformRequest) async -> PlatformResponse? {
        started = true
        if request.quotaCost > 0, let spend {
            if let until = spend(request.quotaCost) {
                result.waitsForQuota = until
                return nil
            }
            result.quotaSpent += request.quotaCost
        }
        result.calls += 1
        let r = await send(request)
        if let u = GraphUsage.read(r) { result.usage = u }
        return r
    }

    /// Whether the Graph API asked to slow down: then no further page is read this time.
    var mustSlowDown: Bool { result.usage?.shouldSlowDown == true }
}
