import Foundation
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Testing

/// Instagram Business Discovery against the loopback Graph API over real HTTP.
@Suite struct InstagramContractTests {
    static func world(media: Int = 60, own: Bool = false) -> PlatformAPIServer.World {
        var w = PlatformAPIServer.World()
        w.instagram = [.init(name: "polrestuban", id: own ? w.igUserID : "17841401441775531", followers: 48_213,
                             items: World.items(media, prefix: "ig"))]
        return w
    }

    func read(_ w: PlatformAPIServer.World, since: Date? = nil, timeout: Int = 10) async throws -> (ChannelRead, APIHarness) {
        let h = try APIHarness(w, timeout: timeout)
        var reader = ChannelReader(source: World.source(.instagram, "polrestuban"), platforms: h.settings(w), since: since)
        reader.maxInsights = 5
        return (await reader.read(send: h.send), h)
    }

    @Test func pagesThroughEveryPostWithCountsDatesAndFollowers() async throws {
        let w = Self.world()
        let (r, h) = try await read(w)
        #expect(r.state == .seen)
        #expect(r.error == nil)
        #expect(r.calls == 3)  // 25 + 25 + 10: the short last page ends paging
        #expect(r.posts.map(\.post.stableID) == w.instagram[0].items.map(\.id))
        #expect(r.followers == 48_213)
        let first = r.posts[0].post
        #expect(first.engagement.likes == 100 && first.engagement.comments == 0)
        #expect(r.posts[59].post.engagement.likes == 159)
        #expect(first.url == "https://www.instagram.com/p/ig1000/")
        #expect(first.published == Date(timeIntervalSince1970: 1_796_342_400))
        // 2026-12-04 00:00 UTC is 07.00 in Jakarta.
        #expect(LocalFormat.dateTime(first.published!, zone: Sample.zone, language: .id) == "4 Des 2026 07.00 WIB")
        #expect(r.posts.allSatisfy { $0.reach == nil })  // another account: no insights
        #expect(h.server.requests.allSatisfy { $0.headers["authorization"] == "Bearer " + w.graphToken })
    }

    @Test func aFullLastPageEndsOnTheEmptyPageAfterIt() async throws {
        let (r, _) = try await read(Self.world(media: 50))
        #expect(r.posts.count == 50)
        #expect(r.calls == 3)
        #expect(r.state == .seen)
        let (empty, _) = try await read(Self.world(media: 0))
        #expect(empty.state == .seen)  // seen, with nothing posted: not a failure
        #expect(empty.posts.isEmpty && empty.calls == 1)
    }

    @Test func stopsPagingAtPostsOlderThanTheLastRead() async throws {
        let since = Date(timeIntervalSince1970: 1_796_342_400 - 10 * 21_600)
        let (r, _) = try await read(Self.world(), since: since)
        #expect(r.calls == 1)
        #expect(r.posts.count == 25)
    }

    @Test func ownAccountGetsInsights() async throws {
        let (r, _) = try await read(Self.world(media: 10, own: true))
        #expect(r.calls == 1 + 5)
        #expect(r.posts[0].post.engagement.views == 1_000)
        #expect(r.posts[0].reach == 500)
        #expect(r.posts[0].saves == 10)
        #expect(r.posts[5].reach == nil)  // beyond maxInsights
    }

    @Test func expiredTokenIsABlindSpotWithAnIndonesianHint() async throws {
        var w = Self.world()
        w.faults["polrestuban"] = .graph(code: 190)
        let (r, _) = try await read(w)
        #expect(r.state == .tokenExpired)
        #expect(r.posts.isEmpty)
        guard case .tokenExpired(.instagram, let detail)? = r.error else { Issue.record("\(String(describing: r.error))"); return }
        #expect(detail.hasPrefix("(#190/463) Error validating access token"))
        #expect(r.error?.hint(.id)?.contains("kedaluwarsa") == true)
    }

    @Test func rateLimitCodesWaitInsteadOfFailing() async throws {
        for code in [4, 17, 32, 613] {
            var w = Self.world()
            w.faults["polrestuban"] = .graph(code: code)
            let (r, _) = try await read(w)
            #expect(r.state == .rateLimited, "code \(code)")
            #expect(r.usage?.percent == 100, "code \(code)")
            #expect((r.pause(now: Date()) ?? 0) >= 3_600, "code \(code)")
        }
    }

    @Test func usagePast80PercentStopsAfterThePageInHand() async throws {
        var w = Self.world()
        w.faults["*"] = .graphUsage(percent: 85)
        let (r, _) = try await read(w)
        #expect(r.calls == 1)
        #expect(r.state == .seen && r.posts.count == 25)
        #expect(r.usage == GraphUsage(percent: 85, regainSeconds: nil))
        #expect(r.pause(now: Date()) == 15)
        w.faults["*"] = .graphUsage(percent: 80)
        let (calm, _) = try await read(w)
        #expect(calm.calls == 3 && calm.pause(now: Date()) == nil)
    }

    @Test func aTokenRefusedOnPageTwoKeepsPageOne() async throws {
        var w = Self.world()
        w.faults["polrestuban"] = .afterFirstPage(190)
        let (r, _) = try await read(w)
        #expect(r.posts.count == 25)
        #expect(r.state == .seen)
        if case .tokenExpired? = r.error {} else { Issue.record("expected token expired, got \(String(describing: r.error))") }
    }

    @Test func unknownAccountIsBrokenNotSilent() async throws {
        let w = Self.world()
        let h = try APIHarness(w)
        let r = await ChannelReader(source: World.source(.instagram, "bukanakun"), platforms: h.settings(w)).read(send: h.send)
        #expect(r.state == .broken)
        guard case .accountNotFound(.instagram, "bukanakun", _)? = r.error else { Issue.record("\(String(describing: r.error))"); return }
    }

    @Test func slowAndFailingEndpointsAreBroken() async throws {
        var w = Self.world()
        w.faults["polrestuban"] = .slow(3)
        let (slow, _) = try await read(w, timeout: 1)
        #expect(slow.state == .broken)
        guard case .transport? = slow.error else { Issue.record("\(String(describing: slow.error))"); return }
        w.faults["polrestuban"] = .reset
        #expect(try await read(w).0.state == .broken)
        w.faults["polrestuban"] = .status(502)
        let (bad, _) = try await read(w)
        guard case .failed(.instagram, 502, _)? = bad.error else { Issue.record("\(String(describing: bad.error))"); return }
    }
}
