import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct AlertListTests {
    let alerts = AlertEngine.evaluate(registry: Sample.registry, posts: Sample.posts, health: [], now: Sample.now, zone: Sample.zone)

    @Test func textGroupedPerUnit() {
        let text = AlertList.text(alerts, unitNames: ["polres-tuban": "Polres Tuban"], language: .id)
        #expect(text.contains("Polres Tuban (polres-tuban)\n  [warning] silent-innovation · Inovasi Panic Button (Polres Tuban) tidak punya unggahan publik selama 20 hari"))
        #expect(text.hasPrefix("polres-buleleng\n  [warning] website-only · "))
        #expect(AlertList.text([], language: .en) == "No alerts.\n")
    }

    @Test func jsonParses() throws {
        let json = AlertList.json(alerts, language: .en, zone: Sample.zone)
        let arr = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(arr.count == alerts.count)
        let panic = try #require(arr.first { $0["innovation"] as? String == "panic" })
        #expect(panic["since"] as? String == "2026-11-16T10:00:00+07:00")
        #expect(panic["source"] is NSNull)
        #expect((panic["message"] as? String)?.hasPrefix("Innovation Panic Button") == true)
        #expect(AlertList.json([], language: .id, zone: Sample.zone) == "[]\n")
    }
}
