import Foundation
import Testing
import PantauModel
@testable import PantauScore
import PantauTestSupport

/// Coverage per innovation × channel × week, days since the last post, roll-up along `parent`.
@Suite struct CoverageTests {
    func build(_ posts: [ObservedPost] = Sample.posts) -> WeeklyReport {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts, health: [], week: Sample.week,
                                        now: Sample.now, zone: Sample.zone))
    }

    @Test func perChannelPerWeek() throws {
        let r = build(Sample.posts + [Sample.post(40, "tuban-ig", .instagram, Sample.wib(2026, 11, 11), ["simba"])])
        let simba = try #require(r.units.flatMap(\.innovations).first { $0.innovation.id == "simba" })
        #expect(simba.channelTrend.map(\.sourceID) == ["tuban-ig", "tuban-web"])
        #expect(simba.channelTrend[0].posts == [0, 0, 0, 0, 0, 0, 1, 1])
        #expect(simba.channelTrend[1].posts == [0, 0, 0, 0, 0, 0, 0, 1])
    }

    @Test func daysSinceAndCadence() throws {
        let r = build()
        let panic = try #require(r.units.flatMap(\.innovations).first { $0.innovation.id == "panic" })
        // Last post Mon 2 Nov 10:00; the week ends Mon 23 Nov 00:00: 20 days and 14 hours.
        #expect(panic.daysSinceLastPost == 20)
        #expect(panic.cadenceKept == false)
        let simba = try #require(r.units.flatMap(\.innovations).first { $0.innovation.id == "simba" })
        #expect(simba.cadenceKept == true)
    }

    @Test func rollUpAlongParent() throws {
        let r = build()
        let polda = try #require(r.units.first { $0.unit.id == "polda-jatim" })
        let tuban = try #require(r.units.first { $0.unit.id == "polres-tuban" })
        let senori = try #require(r.units.first { $0.unit.id == "polsek-senori" })
        #expect(polda.totals.innovations == 0)
        #expect(polda.rollup.innovations == 3)
        #expect(tuban.totals.innovations == 2)
        #expect(tuban.rollup.innovations == 3)
        #expect(tuban.rollup.websiteOnly == 1)
        #expect(senori.rollup == senori.totals)
        #expect(polda.visibility == nil)
        let own = [tuban, senori].flatMap(\.innovations).compactMap { $0.visibility?.value }
        #expect(polda.rollupVisibility == Int((Double(own.reduce(0, +)) / 3).rounded()))
    }

    @Test func reportLevelTrendAndChannelMix() {
        let r = build()
        #expect(r.trendSocial.last == 1)
        #expect(r.trendOther.last == 4)
        #expect(r.trendSocial[5] == 1)  // W45: Panic Button on YouTube is social
        #expect(r.trendOther[5] == 0)
        #expect(r.channelMix.first == PlatformCount(platform: .website, posts: 4))
    }
}
