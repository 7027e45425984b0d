import Testing
import PantauModel
@testable import PantauScore
import PantauTestSupport

@Suite struct EngagementRulesTests {
    @Test func videoUsesViews() {
        let r = EngagementRules.rate(Engagement(views: 1_000, likes: 40, comments: 10), platform: .youtube, followers: 50)
        #expect(r == EngagementRate(value: 0.05, basis: .views))
    }

    @Test func otherPlatformsUseFollowersWhenKnown() {
        #expect(EngagementRules.rate(Engagement(views: 1_000, likes: 40), platform: .instagram, followers: 400)
                == EngagementRate(value: 0.1, basis: .followers))
        #expect(EngagementRules.rate(Engagement(views: 0, likes: 40), platform: .youtube, followers: 400)?.basis == .followers)
    }

    @Test func unknownIsNotZero() {
        #expect(EngagementRules.rate(Engagement(likes: 40), platform: .instagram, followers: nil) == nil)
        #expect(EngagementRules.rate(Engagement(views: 500), platform: .youtube, followers: 100) == nil)
    }

    @Test func summariesNeverMixPlatformsOrBases() {
        let d = Sample.wib(2026, 11, 17)
        func line(_ id: Int64, _ src: String, _ p: Platform, _ e: Engagement) -> PostLine {
            PostLine(postID: id, sourceID: src, platform: p, url: nil, title: nil, time: d, engagement: e)
        }
        let s = EngagementRules.summarize([
            line(1, "yt", .youtube, Engagement(views: 100, likes: 10)),
            line(2, "yt", .youtube, Engagement(views: 300, likes: 10)),
            line(3, "ig", .instagram, Engagement(likes: 50)),
            line(4, "ig2", .instagram, Engagement(likes: 50)),   // no followers known: no rate
        ], followers: ["ig": 1_000])
        #expect(s.count == 2)
        let yt = s.first { $0.platform == .youtube }
        #expect(yt?.posts == 2)
        #expect(yt?.basis == .views)
        #expect(yt?.rate == 20.0 / 400.0)
        #expect(s.first { $0.platform == .instagram }?.rate == 0.05)
    }

    @Test func percentileWithinTheChannel() {
        #expect(EngagementRules.percentile(0.5, in: [0.1, 0.5, 0.9]) == 0.5)
        #expect(EngagementRules.percentile(0.9, in: [0.1, 0.5, 0.9]) == 2.5 / 3)
        #expect(EngagementRules.percentile(0.2, in: [0.2]) == nil)
    }
}
