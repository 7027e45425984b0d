import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct WebsiteOnlyRuleTests {
    func alerts(_ posts: [ObservedPost]) -> [Alert] {
        WebsiteOnlyRule().evaluate(AlertContext(registry: Sample.registry, posts: posts, health: [], now: Sample.now, zone: Sample.zone))
    }

    @Test func websitePostsWithoutSocialFire() {
        let posts = [
            Sample.post(1, "tuban-web", .website, Sample.wib(2026, 11, 20), ["taman"]),
            Sample.post(2, "tuban-ig", .instagram, Sample.wib(2026, 10, 1), ["taman"]),
        ]
        let a = alerts(posts)
        #expect(a.map(\.fingerprint) == ["website-only:polsek-senori:taman"])
        #expect(a.first?.message.id == "Inovasi Taman Lalu Lintas (Polsek Senori) hanya diunggah di website dalam 14 hari terakhir, tidak di media sosial (terakhir di media sosial Kamis, 1 Oktober 2026).")
        #expect(a.first?.since == Sample.wib(2026, 10, 15))
    }

    @Test func aSocialPostWithinCadenceClearsIt() {
        let posts = [
            Sample.post(1, "tuban-web", .website, Sample.wib(2026, 11, 20), ["taman"]),
            Sample.post(2, "tuban-ig", .instagram, Sample.wib(2026, 11, 12), ["taman"]),
        ]
        #expect(alerts(posts).isEmpty)
    }

    @Test func silenceIsLeftToTheSilentRule() {
        let posts = [Sample.post(1, "tuban-web", .website, Sample.wib(2026, 10, 1), ["taman"])]
        #expect(alerts(posts).isEmpty)
    }
}
