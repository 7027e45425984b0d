import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

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

@Suite struct JSONWriterTests {
    @Test func escapingAndCommas() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("a", "quote \" back \\ nl \n ctl \u{01} <script>")
        w.key("list"); w.beginArray(); w.int(1); w.null(); w.string("x"); w.beginObject(); w.endObject(); w.endArray()
        w.field("d", 0.25)
        w.field("whole", 3.0)
        w.field("nan", Double.nan)
        w.endObject()
        #expect(w.out == #"{"a":"quote \" back \\ nl \n ctl \u0001 <script>","list":[1,null,"x",{}],"d":0.25,"whole":3,"nan":null}"#)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(w.out.utf8)) as? [String: Any])
        #expect(obj["a"] as? String == "quote \" back \\ nl \n ctl \u{01} <script>")
    }
}
