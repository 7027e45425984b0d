import Foundation


/// Per unit and platform: seen, not registered, not yet read, token expired, broken or stale.
///
/// - A channel whose last API read had its token refused is *token expired*; one whose reads fail
///   (3 in a row, gone, or an API error) is *broken*; one not read successfully in the last 7 days
///   (or never) is *not yet read*, or *broken* when its last attempt failed.
/// - A feed on a social platform (a bridge such as RSSHub) is *stale* when its newest post is older
///   than 3 times its usual gap (the median gap between its posts), and at least 14 days old.
/// - A channel read at most `recent` ago that is none of the above is *seen*.
/// - With several channels on one platform, the best one counts: seen, then stale, not yet read,
///   token expired, broken.
public enum ChannelVisibilityRules {
    /// How long a successful read counts as seeing the channel.
    public static let recent: TimeInterval = 7 * 86_400
    public static let staleFloor: TimeInterval = 14 * 86_400

    public static func visibility(of c: ChannelObservation, now: Date) -> ChannelVisibility {
        let h = c.health
        if c.source.kind == .api, let s = c.apiState {
            switch s {
            case .tokenExpired: return .tokenExpired
            case .broken: return .broken
            case .seen, .rateLimited: break
            }
        }
        if h?.isBroken == true { return .broken }
        guard let success = h?.lastSuccess else { return h?.lastAttempt == nil ? .notYetRead : .broken }
        if now.timeIntervalSince(success) > recent { return h?.lastError == nil ? .notYetRead : .broken }
        if c.source.platform.isSocial, c.source.kind == .feed, isStale(c.postTimes, now: now) { return .stale }
        return .seen
    }

    /// The unit's visibility on `platform` from all its channels there.
    public static func visibility(on platform: Platform, of channels: [ChannelObservation], now: Date) -> ChannelVisibility {
        let mine = channels.filter { $0.source.platform == platform }
        guard !mine.isEmpty else { return .notRegistered }
        let order: [ChannelVisibility] = [.seen, .stale, .notYetRead, .tokenExpired, .broken]
        let all = mine.map { visibility(of: $0, now: now) }
        return order.first { all.contains($0) } ?? .broken
    }

    /// Newest post older than 3 median gaps (and than 14 days).
    static func isStale(_ times: [Date], now: Date) -> Bool {
        let sorted = times.sorted()
        guard let newest = sorted.last, sorted.count >= 3 else { return false }
        let gaps = zip(sorted.dropFirst(), sorted).map { $0.timeIntervalSince($1) }.sorted()
        let median = gaps[gaps.count / 2]
        return now.timeIntervalSince(newest) > max(3 * median, staleFloor)
    }

    /// The days since a token was found expired, for the blind-spot alert ("token kedaluwarsa sejak 3 hari").
    public static func daysSince(_ at: Date?, now: Date) -> Int? {
        at.map { max(0, Int(now.timeIntervalSince($0) / 86_400)) }
    }
}
