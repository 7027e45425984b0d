import Foundation

/// How much of a platform API's allowance is left, as far as Pantau knows it: YouTube's daily units
/// (counted by Pantau as it spends them), the Graph API's usage as its last answer reported it
/// (Instagram and Facebook share one app limit). A platform Pantau has no figure for is absent:
/// nothing is guessed.
public struct PlatformQuota: Sendable, Hashable {
    /// "youtube" or "graph".
    public var platform: String
    /// Units left now (YouTube), when counted.
    public var remaining: Int?
    /// The whole allowance in the same units (YouTube's `quota_per_day`).
    public var limit: Int?
    /// The share of the limit the platform last said was used, 0…1 (or more past the limit).
    public var usedRatio: Double?
    /// When that share was reported.
    public var seenAt: Date?

    public init(platform: String, remaining: Int? = nil, limit: Int? = nil, usedRatio: Double? = nil, seenAt: Date? = nil) {
        self.platform = platform
        self.remaining = remaining
        self.limit = limit
        self.usedRatio = usedRatio
        self.seenAt = seenAt
    }
}
