import PantauModel

/// The visibility index 0…100 of one innovation in one week.
///
/// Parts (each 0…1):
/// - coverage: share of the trend weeks (8 by default, ending with the report week) with at least
///   one public post on any channel;
/// - social: share of the trend weeks with at least one social-media post;
/// - regularity: 1 while the days from the last post to the end of the week are within the cadence,
///   then falling linearly to 0 at twice the cadence; 0 without any post;
/// - engagement: mean percentile of the week's posts among the posts of their own channel in the
///   trend window (so platforms are never compared with each other); unknown when no post of the
///   week has an engagement rate or its channel has fewer than two rated posts.
///
/// index = round(100 × Σ weightᵢ·partᵢ / Σ weightᵢ), both sums over the known parts. A unit's index
/// is the mean of its innovations' indexes.
public enum VisibilityIndex {
    public static func score(trend: [Int], socialTrend: [Int], daysSinceLastPost: Double?, cadenceDays: Double,
                             engagementPercentile: Double?, weights: ScoreWeights) -> VisibilityScore {
        let weeks = Double(max(1, trend.count))
        let coverage = Double(trend.filter { $0 > 0 }.count) / weeks
        let social = Double(socialTrend.filter { $0 > 0 }.count) / weeks
        let regularity = daysSinceLastPost.map { regularityPart(days: $0, cadenceDays: cadenceDays) } ?? 0
        let parts: [(ScoreComponent.Kind, Double?)] = [
            (.coverage, coverage), (.social, social), (.regularity, regularity), (.engagement, engagementPercentile),
        ]
        let components = parts.map { ScoreComponent(kind: $0.0, value: $0.1, weight: weights.weight($0.0)) }
        var sum = 0.0, total = 0.0
        for c in components { if let v = c.value { sum += c.weight * v; total += c.weight } }
        let value = total > 0 ? Int((100 * sum / total).rounded()) : 0
        return VisibilityScore(value: min(100, max(0, value)), components: components)
    }

    /// 1 within the cadence, linearly to 0 at twice the cadence.
    public static func regularityPart(days: Double, cadenceDays: Double) -> Double {
        guard cadenceDays > 0 else { return 0 }
        if days <= cadenceDays { return 1 }
        return max(0, 1 - (days - cadenceDays) / cadenceDays)
    }

    /// Mean of the indexes, rounded; nil for none.
    public static func mean(_ values: [Int]) -> Int? {
        values.isEmpty ? nil : Int((Double(values.reduce(0, +)) / Double(values.count)).rounded())
    }
}
