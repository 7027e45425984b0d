import Foundation
import Testing
import PantauModel
@testable import PantauScore
import PantauTestSupport

@Suite struct EvidenceBuilderTests {
    func build(_ posts: [ObservedPost] = Sample.posts, health: [SourceHealth] = []) -> EvidenceReport {
        EvidenceBuilder.build(registry: Sample.registry, posts: posts, health: health, now: Sample.now, zone: Sample.zone)
    }

    func answer(_ e: EvidenceReport, _ unit: String, _ item: LKEItem) -> LKEAnswer? {
        e.units.first { $0.unit.id == unit }?.answers.first { $0.item == item }
    }

    @Test func everyPublicPostPerInnovationNewestFirst() throws {
        let e = build()
        let tuban = try #require(e.units.first { $0.unit.id == "polres-tuban" })
        #expect(tuban.innovations.map(\.innovation.id) == ["panic", "simba"])
        #expect(tuban.innovations[1].posts.map(\.postID) == [2, 1])
        // The report, the evidence and the posts agree: every matched post is in the evidence once.
        let all = e.units.flatMap(\.innovations).flatMap(\.posts).map(\.postID).sorted()
        #expect(all == Sample.posts.filter { !$0.matches.isEmpty }.map(\.id).sorted())
    }

    @Test func disappearedPostsStayMarked() throws {
        var gone = Sample.post(70, "tuban-ig", .instagram, Sample.wib(2026, 11, 1), ["simba"])
        gone.lastSeen = Sample.wib(2026, 11, 5)
        var still = Sample.post(71, "tuban-ig", .instagram, Sample.wib(2026, 11, 2), ["simba"])
        still.lastSeen = Sample.wib(2026, 11, 22, 12)
        let unknown = Sample.post(72, "tuban-web", .website, Sample.wib(2026, 11, 2), ["simba"])
        let e = build([gone, still, unknown], health: [SourceHealth(sourceID: "tuban-ig", lastSuccess: Sample.wib(2026, 11, 22, 12))])
        let posts = try #require(e.units.flatMap(\.innovations).first { $0.innovation.id == "simba" }?.posts)
        #expect(posts.first { $0.postID == 70 }?.stillOnline == false)
        #expect(posts.first { $0.postID == 71 }?.stillOnline == true)
        #expect(posts.first { $0.postID == 72 }?.stillOnline == nil)
    }

    @Test func ppIIbFollowsTheChannels() {
        let e = build()
        #expect(answer(e, "polres-tuban", .ppIIb)?.grade == .a)
        #expect(answer(e, "polres-tuban", .ppIIb)?.reason.id.contains("SIPPN") == true)
        #expect(answer(e, "polres-buleleng", .ppIIb)?.grade == .b)
        #expect(answer(e, "polres-buleleng", .ppIIb)?.reason.id == "Informasi inovasi daring hanya di website (2 unggahan), tidak di media sosial.")
        #expect(answer(build([]), "polres-tuban", .ppIIb)?.grade == .c)
    }

    @Test func ppIIfCountsDocumentedInnovations() {
        let e = build()
        #expect(answer(e, "polres-tuban", .ppIIf)?.grade == .a)
        let one = build([Sample.posts[0]])
        #expect(answer(one, "polres-tuban", .ppIIf)?.grade == .b)  // 1 of 2
        #expect(answer(one, "polres-tuban", .ppIIf)?.reason.id == "1 dari 2 inovasi terdaftar punya unggahan publik sebagai dokumentasi. Tanpa unggahan: Panic Button.")
        #expect(answer(e, "polda-jatim", .ppIIf)?.grade == .d)
    }

    @Test func mpIIcRewardsRegularity() {
        // Monitoring began 120 days ago: four 30-day periods; SIMBA posted in each, Panic Button in one.
        let start = Sample.now.addingTimeInterval(-119 * 86_400)
        var posts: [ObservedPost] = []
        for k in 0..<4 {
            let day = Double(k * 30 + 1) * 86_400
            posts.append(Sample.post(Int64(80 + k), "tuban-ig", .instagram, start.addingTimeInterval(day), ["simba"]))
        }
        posts.append(Sample.post(90, "tuban-web", .website, start.addingTimeInterval(86_400), ["panic"]))
        let a = answer(build(posts), "polres-tuban", .mpIIc)
        #expect(a?.grade == .b)   // (4/4 + 1/4) / 2 = 62.5 %
        #expect(a?.reason.id.contains("dari 4 periode 30 hari") == true)
    }
}

@Suite struct EvidenceShortMonitoringTests {
    @Test func mpIIcSaysWhenMonitoringIsShort() {
        let e = EvidenceBuilder.build(registry: Sample.registry, posts: Sample.posts, health: [], now: Sample.now, zone: Sample.zone)
        let a = e.units.first { $0.unit.id == "polres-tuban" }?.answers.first { $0.item == .mpIIc }
        #expect(a?.reason.id.hasSuffix("Data baru mencakup 20 hari: saran ini belum kuat, ulangi setelah 3 bulan.") == true)
    }
}

@Suite struct EvidenceFirstCrawlTests {
    /// A first crawl sees months of history at once: every post is first seen "now", but counts at
    /// its published time, so regular posting is still recognised.
    @Test func historyFromTheFirstCrawlCounts() {
        var posts: [ObservedPost] = []
        for k in 0..<4 {
            var p = Sample.post(Int64(k), "tuban-ig", .instagram, Sample.now.addingTimeInterval(-Double(k * 30 + 5) * 86_400), ["simba", "panic"])
            p.firstSeen = Sample.now
            p.lastSeen = Sample.now
            posts.append(p)
        }
        let e = EvidenceBuilder.build(registry: Sample.registry, posts: posts, health: [], now: Sample.now, zone: Sample.zone)
        let a = e.units.first { $0.unit.id == "polres-tuban" }?.answers.first { $0.item == .mpIIc }
        #expect(a?.grade == .a)
        #expect(a?.reason.id.contains("100% dari 4 periode 30 hari sejak unggahan tercatat pertama (20 Agu 2026)") == true)
    }
}
