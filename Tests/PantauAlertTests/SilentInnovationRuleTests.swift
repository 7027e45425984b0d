import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct SilentInnovationRuleTests {
    /// Every channel was read successfully once (silence is only said of channels Pantau has read).
    func alerts(_ posts: [ObservedPost], registry: Registry = Sample.registry, now: Date = Sample.now,
                read: Bool = true) -> [Alert] {
        let health = read ? registry.sources.map { SourceHealth(sourceID: $0.id, lastSuccess: Sample.wib(2026, 11, 1)) } : []
        return SilentInnovationRule().evaluate(AlertContext(registry: registry, posts: posts, health: health, now: now,
                                                            zone: Sample.zone))
    }

    @Test func neverReadChannelsAreUnknownNotSilent() {
        // A fresh database: no channel was ever read, so nothing is silent; it is "no data yet".
        #expect(alerts([], read: false).isEmpty)
        let context = AlertContext(registry: Sample.registry, posts: [], health: [], now: Sample.now, zone: Sample.zone)
        #expect(context.state(of: Sample.registry.innovations[0]) == .noData)
        // One unit's channels read, the other's not: only the read unit's innovations can be silent.
        let health = [SourceHealth(sourceID: "tuban-web", lastSuccess: Sample.wib(2026, 11, 1))]
        let fired = Set(SilentInnovationRule().evaluate(AlertContext(registry: Sample.registry, posts: [], health: health,
                                                                     now: Sample.now, zone: Sample.zone)).compactMap(\.innovationID))
        #expect(fired.contains("simba") && !fired.contains("sipandu"))
    }

    @Test func firesAfterTheCadenceOnly() {
        // Panic Button's last post: Monday 2 November 10:00 WIB; default cadence 14 days.
        let posts = [Sample.post(4, "tuban-yt", .youtube, Sample.wib(2026, 11, 2), ["panic"])]
        #expect(alerts(posts, now: Sample.wib(2026, 11, 16, 9)).contains { $0.innovationID == "panic" } == false)
        let a = alerts(posts, now: Sample.wib(2026, 11, 23, 8)).first { $0.innovationID == "panic" }
        #expect(a?.fingerprint == "silent-innovation:polres-tuban:panic")
        #expect(a?.severity == .warning)
        #expect(a?.since == Sample.wib(2026, 11, 16))
        #expect(a?.message.id == "Inovasi Panic Button (Polres Tuban) tidak punya unggahan publik selama 20 hari (batas 14 hari); terakhir Senin, 2 November 2026.")
        #expect(a?.message.en.contains("no public post for 20 days") == true)
    }

    @Test func anyPublicChannelKeepsItAlive() {
        let posts = [Sample.post(1, "tuban-web", .website, Sample.wib(2026, 11, 20), ["panic"])]
        #expect(!alerts(posts).contains { $0.innovationID == "panic" })
    }

    @Test func neverPostedIsCritical() {
        let a = alerts([]).first { $0.innovationID == "simba" }
        #expect(a?.severity == .critical)
        #expect(a?.since == nil)
        #expect(a?.message.id.contains("belum punya unggahan publik") == true)
    }

    @Test func twoCadencesSilentIsCritical() {
        let posts = [Sample.post(1, "tuban-web", .website, Sample.wib(2026, 10, 20), ["panic"])]
        #expect(alerts(posts).first { $0.innovationID == "panic" }?.severity == .critical)
    }

    @Test func ownCadenceAndLaunchGrace() {
        var reg = Sample.registry
        reg.innovations[0].cadence = 7 * 86_400                           // simba: weekly
        reg.innovations[2].launched = Day(year: 2026, month: 11, day: 15)  // panic: launched 8 days ago
        let posts = [Sample.post(1, "tuban-ig", .instagram, Sample.wib(2026, 11, 15), ["simba"])]
        let fired = Set(alerts(posts, registry: reg).compactMap(\.innovationID))
        #expect(fired.contains("simba"))       // 8 days > 7 days
        #expect(!fired.contains("panic"))      // launched less than 14 days ago
    }

    @Test func futurePostsDoNotCount() {
        let posts = [Sample.post(1, "tuban-ig", .instagram, Sample.wib(2026, 12, 30), ["panic"])]
        #expect(alerts(posts).contains { $0.innovationID == "panic" })
    }
}
