import Foundation
import PantauModel
import PantauPlatforms

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
