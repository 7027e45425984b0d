import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct EngagementDropRuleTests {
    /// One Instagram post per week on tuban-ig with `likes[k]` likes; the last entry is W47, the
    /// last complete week at `Sample.now`.
    func posts(_ likes: [Int?]) -> [ObservedPost] {
        likes.enumerated().compactMap { k, l in
            guard let l else { return nil }
            let day = Sample.wib(2026, 11, 18).addingTimeInterval(-Double((likes.count - 1 - k) * 7) * 86_400)
            return Sample.post(Int64(k), "tuban-ig", .instagram, day, [], engagement: Engagement(views: 1_000, likes: l))
        }
    }

    func alerts(_ p: [ObservedPost]) -> [Alert] {
        EngagementDropRule().evaluate(AlertContext(registry: Sample.registry, posts: p, health: [], now: Sample.now, zone: Sample.zone))
    }

    @Test func firesUnderHalfTheMedian() {
        let a = alerts(posts([40, 50, 60, 50, 45, 55, 50, 50, 20]))
        #expect(a.map(\.fingerprint) == ["engagement-drop:polres-tuban:tuban-ig"])
        #expect(a.first?.message.id == "Keterlibatan kanal Instagram tuban-ig (Polres Tuban) turun pada minggu 2026-W47: rata-rata 20,0 interaksi per unggahan, di bawah 50% dari median 8 minggu sebelumnya (50,0).")
        #expect(a.first?.since == Sample.wib(2026, 11, 16, 0))
    }

    @Test func quietAtHalfOrMore() {
        #expect(alerts(posts([40, 50, 60, 50, 45, 55, 50, 50, 25])).isEmpty)
    }

    @Test func needsHistoryAndAPostThisWeek() {
        #expect(alerts(posts([nil, nil, nil, nil, nil, 50, 50, 50, 1])).isEmpty)    // 3 weeks of history
        #expect(alerts(posts([50, 50, 50, 50, 50, 50, 50, 50, nil])).isEmpty)       // silence is not a drop
        #expect(alerts(posts([nil, 50, nil, 50, nil, 50, nil, 50, 10])).count == 1) // median over weeks with posts
    }

    @Test func postsWithoutCountersAreIgnored() {
        var p = posts([50, 50, 50, 50, 50, 50, 50, 50, 50])
        p.append(Sample.post(99, "tuban-ig", .instagram, Sample.wib(2026, 11, 19), [], engagement: Engagement(views: 10)))
        #expect(alerts(p).isEmpty)
    }

    @Test func median() {
        #expect(EngagementDropRule.median([3, 1, 2]) == 2)
        #expect(EngagementDropRule.median([4, 1, 3, 2]) == 2.5)
    }
}

@Suite struct EngagementDropSmallNumbersTests {
    @Test func smallCountsDoNotFire() {
        let likes = [4, 4, 4, 4, 4, 4, 4, 4, 0]
        let posts = likes.enumerated().map { k, l in
            Sample.post(Int64(k), "tuban-web", .website, Sample.wib(2026, 11, 18).addingTimeInterval(-Double((8 - k) * 7) * 86_400), [],
                        engagement: Engagement(comments: l))
        }
        let ctx = AlertContext(registry: Sample.registry, posts: posts, health: [], now: Sample.now, zone: Sample.zone)
        #expect(EngagementDropRule().evaluate(ctx).isEmpty)
        #expect(EngagementDropRule(minimumMedian: 1).evaluate(ctx).count == 1)
    }
}
