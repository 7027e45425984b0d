import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport

@Suite struct JSONReportTests {
    @Test func parsesBackWithTheReportsValues() throws {
        let r = WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [], week: Sample.week,
                                                now: Sample.now, zone: Sample.zone))
        let json = JSONReport.render(r, language: .id)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(obj["week"] as? String == "2026-W47")
        #expect(obj["start"] as? String == "2026-11-16T00:00:00+07:00")
        #expect(obj["timezone"] as? String == "Asia/Jakarta")
        let units = try #require(obj["units"] as? [[String: Any]])
        #expect(units.map { $0["id"] as? String } == ["polda-jatim", "polres-tuban", "polsek-senori", "polres-buleleng"])
        let tuban = units[1]
        let invs = try #require(tuban["innovations"] as? [[String: Any]])
        let simba = try #require(invs.first { $0["id"] as? String == "simba" })
        #expect(simba["status"] as? String == "social")
        #expect((simba["posts"] as? [Any])?.count == 2)
        #expect((simba["visibility"] as? [String: Any])?["value"] as? Int == r.units[1].innovations.first { $0.innovation.id == "simba" }?.visibility?.value)
        #expect(json == JSONReport.render(r, language: .id))
    }
}
