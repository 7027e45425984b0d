import Foundation
import Testing
import PantauModel
@testable import PantauScore
import PantauTestSupport

@Suite struct WeeklyBuilderTests {
    func build(_ posts: [ObservedPost] = Sample.posts, units: Set<String>? = nil, health: [SourceHealth] = []) -> WeeklyReport {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts, health: health, week: Sample.week,
                                        now: Sample.now, zone: Sample.zone, unitIDs: units))
    }

    func innovation(_ r: WeeklyReport, _ id: String) -> InnovationWeek? {
        r.units.flatMap(\.innovations).first { $0.innovation.id == id }
    }

    @Test func statusPerInnovation() throws {
        let r = build()
        #expect(innovation(r, "simba")?.status == .onSocialMedia)
        #expect(innovation(r, "taman")?.status == .websiteOnly)
        #expect(innovation(r, "panic")?.status == .noPublicPost)
        #expect(innovation(r, "sipandu")?.status == .websiteOnly)
        #expect(r.totals.innovations == 4)
        #expect(r.totals.onSocialMedia == 1)
        #expect(r.totals.websiteOnly == 2)
        #expect(r.totals.noPublicPost == 1)
        #expect(r.totals.posts == 5)
        #expect(r.totals.socialPosts == 1)
        #expect(r.totals.websitePosts == 4)
    }

    @Test func postsChannelsAndLastPost() throws {
        let simba = try #require(innovation(build(), "simba"))
        #expect(simba.posts.map(\.postID) == [1, 2])
        #expect(Set(simba.channels.map(\.sourceID)) == ["tuban-ig", "tuban-web"])
        #expect(simba.lastPost == Sample.wib(2026, 11, 18))
        #expect(simba.lastSocialPost == Sample.wib(2026, 11, 17))
        let panic = try #require(innovation(build(), "panic"))
        #expect(panic.posts.isEmpty)
        #expect(panic.lastPost == Sample.wib(2026, 11, 2))
    }

    @Test func weekBoundsAreJakartaTime() throws {
        // Sunday 23:59 WIB is in the week; Monday 00:00 WIB of the next week is not (and is ignored
        // for "last post" too, so an old report stays the same); Sunday 23:59 of the week before is not.
        let posts = [
            Sample.post(10, "tuban-ig", .instagram, Sample.wib(2026, 11, 22, 23, 59), ["panic"]),
            Sample.post(11, "tuban-ig", .instagram, Sample.wib(2026, 11, 23, 0, 0), ["panic"]),
            Sample.post(12, "tuban-ig", .instagram, Sample.wib(2026, 11, 15, 23, 59), ["panic"]),
        ]
        let panic = try #require(innovation(build(posts), "panic"))
        #expect(panic.posts.map(\.postID) == [10])
        #expect(panic.lastPost == Sample.wib(2026, 11, 22, 23, 59))
        #expect(panic.trend.suffix(2) == [1, 1])
    }

    @Test func aPostMatchedTwiceCountsOnce() throws {
        var p = Sample.post(20, "tuban-ig", .instagram, Sample.wib(2026, 11, 17), ["panic", "panic"])
        p.matches.append(InnovationMatch(innovationID: "unknown-innovation", score: 1, evidence: []))
        let panic = try #require(innovation(build([p]), "panic"))
        #expect(panic.posts.count == 1)
        #expect(panic.channels == [ChannelTally(sourceID: "tuban-ig", platform: .instagram, posts: 1)])
    }

    @Test func trendCoversEightWeeksEndingWithTheReportWeek() throws {
        let r = build([
            Sample.post(30, "tuban-web", .website, Sample.wib(2026, 9, 28), ["panic"]),   // W40: first trend week
            Sample.post(31, "tuban-web", .website, Sample.wib(2026, 9, 27), ["panic"]),   // W39: before the trend
            Sample.post(32, "tuban-web", .website, Sample.wib(2026, 11, 10), ["panic"]),  // W46
        ])
        #expect(r.trendWeeks.first == ISOWeek(year: 2026, week: 40))
        #expect(r.trendWeeks.last == Sample.week)
        #expect(innovation(r, "panic")?.trend == [1, 0, 0, 0, 0, 0, 1, 0])
    }

    @Test func unitsInHierarchyOrderWithDepth() {
        let r = build()
        #expect(r.units.map(\.unit.id) == ["polda-jatim", "polres-tuban", "polsek-senori", "polres-buleleng"])
        #expect(r.units.map(\.depth) == [0, 1, 2, 0])
    }

    @Test func unitFilterKeepsTheUnitsBelow() {
        let r = build(units: ["polres-tuban"])
        #expect(r.units.map(\.unit.id) == ["polres-tuban", "polsek-senori"])
        #expect(r.units.map(\.depth) == [0, 1])
        #expect(r.totals.innovations == 3)
    }

    @Test func channelsCountAllPostsAndBrokenOnes() throws {
        let r = build(health: [SourceHealth(sourceID: "tuban-yt", consecutiveFailures: 4)])
        let tuban = try #require(r.units.first { $0.unit.id == "polres-tuban" })
        let web = try #require(tuban.channels.first { $0.source.id == "tuban-web" })
        #expect(web.posts == 3)          // posts 2, 3 and 7 (7 is unmatched)
        #expect(web.matchedPosts == 1)   // post 3 is about a Polsek Senori innovation
        #expect(tuban.channels.first { $0.source.id == "tuban-yt" }?.isBroken == true)
        #expect(tuban.totals.brokenChannels == 1)
        #expect(r.totals.brokenChannels == 1)
    }

    @Test func parentCycleDoesNotLoseUnits() {
        let reg = Registry(units: [Unit(id: "a", name: "A", parent: "b"), Unit(id: "b", name: "B", parent: "a")])
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: [], health: [], week: Sample.week, now: Sample.now))
        #expect(Set(r.units.map(\.unit.id)) == ["a", "b"])
    }
}

@Suite struct NaturalOrderTests {
    @Test func numbersByValue() {
        let reg = Registry(units: ["Polsek 10", "polsek 2", "Polsek 1"].enumerated().map { Unit(id: "u\($0)", name: $1) })
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: [], health: [], week: Sample.week, now: Sample.now))
        #expect(r.units.map(\.unit.name) == ["Polsek 1", "polsek 2", "Polsek 10"])
    }
}

@Suite struct LaunchTests {
    @Test func innovationsLaunchedAfterTheWeekAreLeftOut() {
        var reg = Sample.registry
        reg.innovations[2].launched = Day(year: 2026, month: 11, day: 23)   // panic: the Monday after
        reg.innovations[0].launched = Day(year: 2026, month: 11, day: 22)   // simba: the Sunday of the week
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: Sample.posts, health: [], week: Sample.week, now: Sample.now))
        let ids = Set(r.units.flatMap(\.innovations).map(\.innovation.id))
        #expect(!ids.contains("panic"))
        #expect(ids.contains("simba"))
    }
}
