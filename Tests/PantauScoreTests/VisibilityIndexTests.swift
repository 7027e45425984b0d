import Testing
import PantauModel
@testable import PantauScore

@Suite struct VisibilityIndexTests {
    let w = ScoreWeights()

    @Test func explainedFromItsParts() {
        // 4 of 8 weeks with a post, 2 with a social post, last post 3 days ago (cadence 14), engagement unknown.
        let s = VisibilityIndex.score(trend: [1, 0, 1, 0, 2, 0, 1, 0], socialTrend: [0, 0, 1, 0, 1, 0, 0, 0],
                                      daysSinceLastPost: 3, cadenceDays: 14, engagementPercentile: nil, weights: w)
        // (0.35·0.5 + 0.30·0.25 + 0.25·1) / 0.90 = 0.5 → 56
        #expect(s.value == 56)
        #expect(s.components.map(\.kind) == [.coverage, .social, .regularity, .engagement])
        #expect(s.components.map(\.value) == [0.5, 0.25, 1, nil])
    }

    @Test func fullAndEmpty() {
        let full = VisibilityIndex.score(trend: Array(repeating: 1, count: 8), socialTrend: Array(repeating: 1, count: 8),
                                         daysSinceLastPost: 0, cadenceDays: 14, engagementPercentile: 1, weights: w)
        #expect(full.value == 100)
        let none = VisibilityIndex.score(trend: Array(repeating: 0, count: 8), socialTrend: Array(repeating: 0, count: 8),
                                         daysSinceLastPost: nil, cadenceDays: 14, engagementPercentile: nil, weights: w)
        #expect(none.value == 0)
    }

    @Test func regularityFallsToZeroAtTwiceTheCadence() {
        #expect(VisibilityIndex.regularityPart(days: 14, cadenceDays: 14) == 1)
        #expect(VisibilityIndex.regularityPart(days: 21, cadenceDays: 14) == 0.5)
        #expect(VisibilityIndex.regularityPart(days: 40, cadenceDays: 14) == 0)
    }

    @Test func weightsChangeTheIndex() {
        let onlySocial = ScoreWeights(coverage: 0, social: 1, regularity: 0, engagement: 0)
        let s = VisibilityIndex.score(trend: [1, 1, 1, 1], socialTrend: [0, 0, 0, 1], daysSinceLastPost: 1,
                                      cadenceDays: 14, engagementPercentile: 0.9, weights: onlySocial)
        #expect(s.value == 25)
    }
}
