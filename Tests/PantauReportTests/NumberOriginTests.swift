import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

/// The report says where each post's numbers came from (platform API, feed, CSV import), uses the
/// followers the API gave for the engagement rate, and shows the week's growth from snapshots.
@Suite struct NumberOriginTests {
    static let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
        sources: [
            Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "file:///x"),
            Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, kind: .api, url: "instagram:polrestuban",
                   followers: 1_000),
        ],
        innovations: [Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA")])

    func report() -> WeeklyReport {
        var imported = Sample.post(3, "tuban-web", .website, Sample.wib(2026, 11, 19), ["simba"], title: "Diketik dari CSV")
        imported.importedFrom = "lke.csv:4"
        let posts = [
            Sample.post(1, "tuban-ig", .instagram, Sample.wib(2026, 11, 17), ["simba"], engagement: Engagement(likes: 180, comments: 20)),
            Sample.post(2, "tuban-web", .website, Sample.wib(2026, 11, 18), ["simba"], engagement: Engagement(comments: 3)),
            imported,
        ]
        let read = Sample.now.addingTimeInterval(-3_600)
        var input = WeeklyInput(registry: Self.registry, posts: posts, health: [
            SourceHealth(sourceID: "tuban-web", lastSuccess: read, lastAttempt: read),
            SourceHealth(sourceID: "tuban-ig", lastSuccess: read, lastAttempt: read, apiState: .seen, followers: 4_000),
        ], week: Sample.week, now: Sample.now, zone: Sample.zone)
        input.gains = [1: Engagement(likes: 57, comments: 4)]
        return WeeklyBuilder.build(input)
    }

    @Test func originsFollowersAndWeeklyGain() throws {
        let r = report()
        let simba = try #require(r.units.first?.innovations.first)
        #expect(simba.posts.map(\.origin) == [.api, .feed, .csvImport])
        // 200 interactions over the 4.000 followers the API gave (not the 1.000 typed in the registry).
        #expect(simba.engagement.first { $0.platform == .instagram }?.rate == 0.05)
        #expect(simba.weekGain == Engagement(likes: 57, comments: 4))
        let md = MarkdownReport.render(r, language: .id)
        #expect(md.contains("180 suka · 20 komentar (lewat API)"))
        #expect(md.contains("3 komentar (dari feed/halaman)"))
        #expect(md.contains("Bertambah minggu ini (dari snapshot): +57 suka · +4 komentar"))
        #expect(md.contains("| API, 4.000 pengikut |"))
        let html = HTMLReport.render(r, language: .en)
        #expect(html.contains("(via API)") && html.contains("What Pantau can see: Website seen · Instagram seen"))
        let json = JSONReport.render(r, language: .id)
        #expect(json.contains("\"origin\":\"csv-import\"") && json.contains("\"origin\":\"api\""))
        let csv = CSVReport.render(r, language: .id, bom: false)
        #expect(csv.contains(",api | feed | csv-import,"))
    }
}
