import PantauModel

/// Engagement rates. Interactions are likes + comments + shares (the ones the source exposes).
///
/// - Video platforms (YouTube, TikTok): interactions / views, when views > 0.
/// - Any platform whose channel's follower count is known (registry `followers`): interactions /
///   followers, when the video rule does not apply.
/// - Otherwise no rate: a missing number is not a zero.
///
/// Rates are only ever compared or summed within one platform and one basis.
public enum EngagementRules {
    public static let videoPlatforms: Set<Platform> = [.youtube, .tiktok]

    public static func rate(_ e: Engagement, platform: Platform, followers: Int?) -> EngagementRate? {
        guard e.hasInteractions else { return nil }
        if videoPlatforms.contains(platform), let v = e.views, let r = Count.rate(e.interactions, over: v) {
            return EngagementRate(value: r, basis: .views)
        }
        if let f = followers, let r = Count.rate(e.interactions, over: f) {
            return EngagementRate(value: r, basis: .followers)
        }
        return nil
    }

    /// One summary per (platform, basis) over the posts that have a rate, largest platform first.
    public static func summarize(_ posts: [PostLine], followers: [String: Int]) -> [EngagementSummary] {
        var tallies: [String: (platform: Platform, basis: EngagementRate.Basis, tally: EngagementTally)] = [:]
        for p in posts {
            guard let r = rate(p.engagement, platform: p.platform, followers: followers[p.sourceID]) else { continue }
            let denominator = r.basis == .views ? (p.engagement.views ?? 0) : (followers[p.sourceID] ?? 0)
            let key = "\(p.platform.rawValue)/\(r.basis.rawValue)"
            tallies[key, default: (p.platform, r.basis, EngagementTally())].tally.add(p.engagement, denominator: denominator)
        }
        let out = tallies.values.map {
            EngagementSummary(platform: $0.platform, basis: $0.basis, posts: $0.tally.posts,
                              interactions: $0.tally.interactions, denominator: $0.tally.denominator)
        }
        return out.sorted { ($1.posts, $0.platform.rawValue, $0.basis.rawValue) < ($0.posts, $1.platform.rawValue, $1.basis.rawValue) }
    }

    /// Where `value` falls among `sorted` (ascending), 0…1: share below plus half the share equal.
    /// Nil with fewer than two values to compare with.
    public static func percentile(_ value: Double, in sorted: [Double]) -> Double? {
        guard sorted.count >= 2 else { return nil }
        let below = lowerBound(sorted, value), notAbove = upperBound(sorted, value)
        return (Double(below) + 0.5 * Double(notAbove - below)) / Double(sorted.count)
    }

    static func lowerBound(_ a: [Double], _ v: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] < v { lo = m + 1 } else { hi = m } }
        return lo
    }

    static func upperBound(_ a: [Double], _ v: Double) -> Int {
        var lo = 0, hi = a.count
        while lo < hi { let m = (lo + hi) / 2; if a[m] <= v { lo = m + 1 } else { hi = m } }
        return lo
    }
}
