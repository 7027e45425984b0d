import Foundation
import PantauModel

/// What reading one channel through its API gave.
public struct ChannelRead: Sendable {
    /// Posts read, newest first as the platform listed them, with their counters.
    public var posts: [PlatformPost] = []
    /// Followers or subscribers, when the platform said.
    public var followers: Int?
    /// Whether at least one list of posts was read (the channel was seen, even if empty).
    public var listed = false
    /// The problem that ended the read, if one did (posts read before it are kept).
    public var error: PlatformError?
    /// The Graph API's last usage report.
    public var usage: GraphUsage?
    /// YouTube: the budget had no units left now; the source waits until then.
    public var waitsForQuota: Date?
    /// TikTok: tokens renewed during the read; the caller must keep them (outside the registry),
    /// because the refresh token sent is no longer valid.
    public var renewedTokens: TikTokRefresh.Tokens?
    /// Calls made and YouTube units spent.
    public var calls = 0
    public var quotaSpent = 0
    public internal(set) var state: ChannelState = .broken

    public init() {}

    /// Seconds the source should wait before its next read, when the platform asked for more than
    /// the usual interval (rate limit, usage past 80 %, quota).
    public func pause(now: Date) -> Int? {
        var s: [Int] = []
        if case let .rateLimited(_, after, _)? = error { s.append(after ?? 3_600) }
        if let u = usage, u.shouldSlowDown { s.append(u.pauseSeconds) }
        if let w = waitsForQuota { s.append(max(Int(w.timeIntervalSince(now).rounded(.up)), 1)) }
        return s.max()
    }

    func finished() -> ChannelRead {
        var r = self
        if listed { r.state = .seen }
        else if let e = error { r.state = e.channelState }
        else if waitsForQuota != nil { r.state = .rateLimited }
        else { r.state = .broken }
        return r
    }
}
