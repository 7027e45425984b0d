import Foundation
import PantauModel
import PantauPlatforms

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
}

extension PlatformSession {
    /// The allowances known at `now` for the platforms the registry configures.
    public func quotas(platforms: PlatformSettings, at now: Date) -> [PlatformQuota] {
        var out: [PlatformQuota] = []
        if platforms.youtube != nil {
            let q = youTubeQuota(at: now)
            out.append(PlatformQuota(platform: "youtube", remaining: max(q.remaining(at: now), 0), limit: q.perDay))
        }
        if platforms.instagram != nil || platforms.facebook != nil, let seen = graphUsageSeen() {
            out.append(PlatformQuota(platform: "graph", usedRatio: Double(seen.percent) / 100, seenAt: seen.at))
        }
        return out
    }
}
