import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct BrokenChannelRuleTests {
    func alerts(_ health: [SourceHealth]) -> [Alert] {
        BrokenChannelRule().evaluate(AlertContext(registry: Sample.registry, posts: [], health: health, now: Sample.now, zone: Sample.zone))
    }

    @Test func threeFailuresInARow() {
        let ok = Sample.wib(2026, 11, 20, 14, 5)
        let a = alerts([
            SourceHealth(sourceID: "tuban-yt", lastSuccess: ok, lastError: "HTTP 503", consecutiveFailures: 3),
            SourceHealth(sourceID: "tuban-ig", consecutiveFailures: 2),
        ])
        #expect(a.map(\.fingerprint) == ["broken-channel:polres-tuban:tuban-yt"])
        #expect(a.first?.severity == .warning)
        #expect(a.first?.since == ok)
        #expect(a.first?.message.id == "Kanal YouTube tuban-yt (Polres Tuban) tidak bisa dibaca: gagal 3 kali berturut-turut; terakhir berhasil 20 Nov 2026 14.05 WIB (HTTP 503).")
    }

    @Test func goneIsCritical() {
        let a = alerts([SourceHealth(sourceID: "buleleng-web", gone: true)])
        #expect(a.first?.severity == .critical)
        #expect(a.first?.unitID == "polres-buleleng")
    }

    @Test func unknownChannelsAreIgnored() {
        #expect(alerts([SourceHealth(sourceID: "removed-from-registry", consecutiveFailures: 9)]).isEmpty)
    }
}
