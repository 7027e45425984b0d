import Foundation
import PantauModel
import PantauScore
import Testing

@Suite struct ChannelVisibilityRulesTests {
    static let now = Date(timeIntervalSince1970: 1_796_342_400)
    static func ago(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    static let ig = Source(id: "ig", unitID: "u", platform: .instagram, kind: .api, url: "https://www.instagram.com/u/", account: "u")
    static let bridge = Source(id: "bridge", unitID: "u", platform: .instagram, kind: .feed, url: "https://rsshub.example/ig/u")
    static let web = Source(id: "web", unitID: "u", platform: .website, url: "https://u.example/feed")

    func v(_ c: ChannelObservation) -> ChannelVisibility { ChannelVisibilityRules.visibility(of: c, now: Self.now) }

    @Test func apiStatesAndHealth() {
        let ok = SourceHealth(sourceID: "ig", lastSuccess: Self.ago(0.1), lastAttempt: Self.ago(0.1))
        #expect(v(ChannelObservation(source: Self.ig, health: ok, apiState: .seen)) == .seen)
        // A refused token is a blind spot even though an earlier read succeeded.
        let refused = SourceHealth(sourceID: "ig", lastSuccess: Self.ago(3), lastAttempt: Self.ago(0.1), lastError: "token", consecutiveFailures: 1)
        #expect(v(ChannelObservation(source: Self.ig, health: refused, apiState: .tokenExpired, apiStateAt: Self.ago(3))) == .tokenExpired)
        #expect(v(ChannelObservation(source: Self.ig, health: ok, apiState: .rateLimited)) == .seen)
        let failing = SourceHealth(sourceID: "ig", lastSuccess: Self.ago(1), lastAttempt: Self.ago(0.1), lastError: "HTTP 500", consecutiveFailures: 3)
        #expect(v(ChannelObservation(source: Self.ig, health: failing)) == .broken)
        #expect(v(ChannelObservation(source: Self.ig)) == .notYetRead)
        let old = SourceHealth(sourceID: "ig", lastSuccess: Self.ago(30), lastAttempt: Self.ago(30))
        #expect(v(ChannelObservation(source: Self.ig, health: old)) == .notYetRead)
        #expect(ChannelVisibilityRules.daysSince(Self.ago(3), now: Self.now) == 3)
    }

    @Test func aBridgeServingOldPostsIsStaleNotSilent() {
        let ok = SourceHealth(sourceID: "bridge", lastSuccess: Self.ago(0.1), lastAttempt: Self.ago(0.1))
        let weekly = (0..<6).map { Self.ago(90 + Double($0) * 7) }  // posted weekly until 3 months ago
        #expect(v(ChannelObservation(source: Self.bridge, health: ok, postTimes: weekly)) == .stale)
        let fresh = (0..<6).map { Self.ago(2 + Double($0) * 7) }
        #expect(v(ChannelObservation(source: Self.bridge, health: ok, postTimes: fresh)) == .seen)
        // A website feed is never "stale": a quiet website is silence Pantau did see.
        #expect(v(ChannelObservation(source: Self.web, health: ok, postTimes: weekly)) == .seen)
    }

    @Test func perPlatformTheBestChannelCounts() {
        let ok = SourceHealth(sourceID: "x", lastSuccess: Self.ago(0.1), lastAttempt: Self.ago(0.1))
        let channels = [
            ChannelObservation(source: Self.ig, health: ok, apiState: .tokenExpired),
            ChannelObservation(source: Self.bridge, health: ok, postTimes: [Self.ago(1), Self.ago(2), Self.ago(3)]),
            ChannelObservation(source: Self.web, health: ok),
        ]
        #expect(ChannelVisibilityRules.visibility(on: .instagram, of: channels, now: Self.now) == .seen)
        #expect(ChannelVisibilityRules.visibility(on: .instagram, of: [channels[0]], now: Self.now) == .tokenExpired)
        #expect(ChannelVisibilityRules.visibility(on: .tiktok, of: channels, now: Self.now) == .notRegistered)
        #expect(ChannelVisibilityRules.visibility(on: .website, of: channels, now: Self.now).isSeen)
    }
}
