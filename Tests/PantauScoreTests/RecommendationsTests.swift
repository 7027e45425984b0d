import Foundation
import Testing
import PantauModel
@testable import PantauScore
import PantauTestSupport

@Suite struct RecommendationsTests {
    func unit(_ id: String, health: [SourceHealth] = []) -> UnitWeek? {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: health, week: Sample.week,
                                        now: Sample.now, zone: Sample.zone)).units.first { $0.unit.id == id }
    }

    @Test func websiteOnlyGetsThePostOnSocialAdvice() throws {
        let u = try #require(unit("polres-tuban"))
        #expect(u.recommendations.map(\.text.id).contains(
            "Inovasi Panic Button: tidak ada unggahan publik sejak 2 Nov 2026 (20 hari; target setiap 14 hari) — jadwalkan unggahan di website dan Instagram/YouTube minggu ini."))
        let b = try #require(unit("polres-buleleng"))
        #expect(b.recommendations.map(\.text.id) == [
            "Inovasi Si Pandu: 2 unggahan di website minggu ini, 0 di media sosial — unggah ke Instagram/TikTok.",
            "Polres Buleleng belum punya kanal media sosial yang terbaca di Pantau — daftarkan akun resmi Instagram/TikTok/YouTube di registry.",
        ])
    }

    @Test func brokenChannelsAreLeftOutOfTheAdviceAndReported() throws {
        let u = try #require(unit("polres-tuban", health: [SourceHealth(sourceID: "tuban-yt", consecutiveFailures: 3)]))
        let texts = u.recommendations.map(\.text.en)
        #expect(texts.contains { $0.contains("schedule a post on the website and Instagram this week") })
        #expect(texts.contains("Channel YouTube tuban-yt: failed 3× in a row — check that its address is still right."))
    }
}
