import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct AlertEngineTests {
    @Test func sampleWeek() {
        let a = AlertEngine.evaluate(registry: Sample.registry, posts: Sample.posts,
                                     health: [SourceHealth(sourceID: "tuban-yt", consecutiveFailures: 5)],
                                     now: Sample.now, zone: Sample.zone)
        // Polres Tuban's YouTube is broken, so Pantau cannot tell whether Panic Button went silent:
        // a blind spot naming it, beside the broken channel, instead of a silence alert.
        #expect(a.map(\.fingerprint) == [
            "website-only:polres-buleleng:sipandu",
            "blind-spot:polres-tuban:tuban-yt",
            "broken-channel:polres-tuban:tuban-yt",
            "website-only:polsek-senori:taman",
        ])
        #expect(a[1].message.id == "YouTube Polres Tuban tidak terpantau: kanal gagal dibaca; "
            + "inovasi yang tidak bisa dinilai: Panic Button.")
    }

    @Test func sameInputSameAlerts() {
        let run = { AlertEngine.evaluate(registry: Sample.registry, posts: Sample.posts, health: [], now: Sample.now, zone: Sample.zone) }
        #expect(run() == run())
    }
}
