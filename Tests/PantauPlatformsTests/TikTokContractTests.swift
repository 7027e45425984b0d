import Foundation
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Testing

/// TikTok Display API v2 against the loopback server over real HTTP.
@Suite struct TikTokContractTests {
    static func world(videos: Int = 45) -> PlatformAPIServer.World {
        var w = PlatformAPIServer.World()
        w.tiktok = [.init(name: "act.tiktok-token-0123456789", id: "polrestuban", followers: 9_870, items: World.items(videos, prefix: "73"))]
        return w
    }

    func read(_ w: PlatformAPIServer.World, refresh: String? = nil, token: String? = nil) async throws -> (ChannelRead, APIHarness) {
        let h = try APIHarness(w)
        var s = h.settings(w, tiktokRefresh: refresh)
        if let token { s.tiktok?.credentials[0].token = Secret(token) }
        return (await ChannelReader(source: World.source(.tiktok, "polrestuban"), platforms: s).read(send: h.send), h)
    }

    @Test func pagesByCursorWithAllFourCounters() async throws {
        let (r, h) = try await read(Self.world())
        #expect(r.state == .seen)
        #expect(r.calls == 3 + 1)  // 20 + 20 + 5, then followers
        #expect(r.posts.count == 45)
        #expect(Set(r.posts.map(\.post.stableID)).count == 45)
        #expect(r.followers == 9_870)
        let v = r.posts[2].post
        #expect(v.engagement == Engagement(views: 3_000, likes: 102, comments: 2, shares: 2))
        #expect(v.published == Date(timeIntervalSince1970: 1_796_342_400 - 2 * 21_600))
        #expect(v.url == "https://www.tiktok.com/@polrestuban/video/731002")
        #expect(v.title == nil && v.text == "Kegiatan 73 nomor 2 #SIMBA")
        let lists = h.server.requests.filter { $0.path.hasPrefix("/tiktok/video/list/") }
        #expect(lists.map(\.method) == ["POST", "POST", "POST"])
        #expect(String(decoding: lists[1].body, as: UTF8.self) == "{\"max_count\":20,\"cursor\":\((1_796_342_400 - 19 * 21_600) * 1_000)}")
    }

    @Test func rateLimitIs429AndWaits() async throws {
        var w = Self.world()
        w.faults["act.tiktok-token-0123456789"] = .tiktokRateLimit
        let (r, _) = try await read(w)
        #expect(r.state == .rateLimited)
    }

    @Test func anExpiredTokenIsRenewedOnceAndTheNewTokensComeBack() async throws {
        var w = Self.world()
        w.tiktok[0].name = "act.renewed-token-9876543210"
        w.tiktokRefresh = ["rft.old-refresh-0123456789": ("act.renewed-token-9876543210", "rft.new-refresh-0123456789")]
        let (r, h) = try await read(w, refresh: "rft.old-refresh-0123456789", token: "act.expired-token-000000")
        #expect(r.state == .seen && r.posts.count == 45)
        #expect(r.renewedTokens?.accessToken.reveal == "act.renewed-token-9876543210")
        #expect(r.renewedTokens?.refreshToken.reveal == "rft.new-refresh-0123456789")
        #expect(r.renewedTokens?.expiresIn == 86_400)
        let refresh = try #require(h.server.requests.first { $0.path == "/tiktok/oauth/token/" })
        #expect(refresh.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(h.logLines.allSatisfy { !$0.contains("rft.") && !$0.contains("tt-client-secret") })
    }

    @Test func withoutRefreshOrWithARevokedOneTheTokenIsExpired() async throws {
        let w = Self.world()
        let (plain, _) = try await read(w, token: "act.expired-token-000000")
        #expect(plain.state == .tokenExpired && plain.calls == 1)
        let (revoked, _) = try await read(w, refresh: "rft.unknown-000000", token: "act.expired-token-000000")
        #expect(revoked.state == .tokenExpired && revoked.calls == 2)
        #expect(revoked.error?.description.contains("invalid_grant") == true)
        #expect(revoked.error?.hint(.id)?.contains("TikTok") == true)
    }
}
