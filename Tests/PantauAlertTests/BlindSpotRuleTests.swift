import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

/// Polres Tuban posts "Panic Button" on its website; its Instagram (read through the API) had its
/// token refused 3 days ago. Polres Buleleng has a website only and posts "Si Pandu" there.
@Suite struct BlindSpotRuleTests {
    static let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres),
                Unit(id: "polres-buleleng", name: "Polres Buleleng", kind: .polres)],
        sources: [
            Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "file:///x"),
            Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, kind: .api, url: "instagram:polrestuban"),
            Source(id: "buleleng-web", unitID: "polres-buleleng", platform: .website, url: "file:///b"),
        ],
        innovations: [Innovation(id: "panic", unitID: "polres-tuban", name: "Panic Button"),
                      Innovation(id: "sipandu", unitID: "polres-buleleng", name: "Si Pandu")])

    static let posts = [
        Sample.post(1, "tuban-web", .website, Sample.wib(2026, 11, 20), ["panic"]),
        Sample.post(2, "buleleng-web", .website, Sample.wib(2026, 11, 19), ["sipandu"], unit: "polres-buleleng"),
    ]

    func context(igState: ChannelState, since: Date) -> AlertContext {
        let read = Sample.now.addingTimeInterval(-3_600)
        let health = [
            SourceHealth(sourceID: "tuban-web", lastSuccess: read, lastAttempt: read),
            SourceHealth(sourceID: "buleleng-web", lastSuccess: read, lastAttempt: read),
            SourceHealth(sourceID: "tuban-ig", lastSuccess: igState == .seen ? read : nil, lastAttempt: read,
                         lastError: igState == .seen ? nil : "token refused", apiState: igState, apiStateSince: since,
                         apiHint: igState == .tokenExpired ? "Buat token baru di Meta Business Suite" : nil),
        ]
        return AlertContext(registry: Self.registry, posts: Self.posts, health: health, now: Sample.now, zone: Sample.zone)
    }

    @Test func anExpiredTokenIsABlindSpotNotWebsiteOnly() {
        let c = context(igState: .tokenExpired, since: Sample.now.addingTimeInterval(-3 * 86_400 - 600))
        let all = AlertEngine.evaluate(c, rules: AlertEngine.defaultRules)
        #expect(all.map(\.fingerprint) == ["website-only:polres-buleleng:sipandu", "blind-spot:polres-tuban:tuban-ig"])
        let blind = BlindSpotRule().evaluate(c)
        #expect(blind.first?.message.id == "Instagram Polres Tuban tidak terpantau: token kedaluwarsa sejak 3 hari; "
            + "inovasi yang tidak bisa dinilai: Panic Button. Buat token baru di Meta Business Suite.")
        #expect(blind.first?.message.en.hasPrefix("Instagram of Polres Tuban is not visible: token expired 3 days ago") == true)
        #expect(c.state(of: Self.registry.innovations[0]) == .notVisible(reason: "Instagram: token kedaluwarsa"))
    }

    @Test func aSeenInstagramLeavesTheWebsiteOnlyAlert() {
        let c = context(igState: .seen, since: Sample.now.addingTimeInterval(-86_400))
        let all = AlertEngine.evaluate(c, rules: AlertEngine.defaultRules)
        #expect(BlindSpotRule().evaluate(c).isEmpty)
        #expect(all.map(\.fingerprint) == ["website-only:polres-buleleng:sipandu", "website-only:polres-tuban:panic"])
    }

    @Test func anXBridgeServingOldPostsIsStaleNotSilent() {
        // A bridge feed for X still answers, but its newest post is months older than its usual gap.
        let reg = Registry(units: Self.registry.units, sources: [
            Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "file:///x"),
            Source(id: "tuban-x", unitID: "polres-tuban", platform: .x, url: "https://rsshub.example/twitter/user/polrestuban"),
        ], innovations: [Self.registry.innovations[0]])
        let read = Sample.now.addingTimeInterval(-3_600)
        let old = (0..<6).map { Sample.post(Int64(10 + $0), "tuban-x", .x, Sample.wib(2026, 7, 1 + 3 * $0), []) }
        let c = AlertContext(registry: reg, posts: Self.posts + old, health: [
            SourceHealth(sourceID: "tuban-web", lastSuccess: read, lastAttempt: read),
            SourceHealth(sourceID: "tuban-x", lastSuccess: read, lastAttempt: read),
        ], now: Sample.now, zone: Sample.zone)
        let all = AlertEngine.evaluate(c, rules: AlertEngine.defaultRules)
        #expect(all.map(\.fingerprint) == ["blind-spot:polres-tuban:tuban-x"])
        #expect(all.first?.message.id.hasPrefix("X Polres Tuban tidak terpantau: unggahan terbaru jauh lebih lama dari jeda biasanya") == true)
        #expect(c.visibility["polres-tuban"]?.first { $0.platform == .x }?.visibility == .stale)
    }

    @Test func aRateLimitedChannelIsNeitherBlindNorBroken() {
        let c = context(igState: .rateLimited, since: Sample.now)
        var health = c.health
        health[2].lastSuccess = Sample.now.addingTimeInterval(-86_400)
        let c2 = AlertContext(registry: Self.registry, posts: Self.posts, health: health, now: Sample.now, zone: Sample.zone)
        #expect(BlindSpotRule().evaluate(c2).isEmpty)
        #expect(BrokenChannelRule().evaluate(c2).isEmpty)
    }
}
