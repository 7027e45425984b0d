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
        #expect(a.map(\.fingerprint) == [
            "website-only:polres-buleleng:sipandu",
            "silent-innovation:polres-tuban:panic",
            "broken-channel:polres-tuban:tuban-yt",
            "website-only:polsek-senori:taman",
        ])
    }

    @Test func sameInputSameAlerts() {
        let run = { AlertEngine.evaluate(registry: Sample.registry, posts: Sample.posts, health: [], now: Sample.now, zone: Sample.zone) }
        #expect(run() == run())
    }
}
