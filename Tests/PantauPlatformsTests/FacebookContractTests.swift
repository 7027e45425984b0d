import Foundation
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Testing

/// Facebook Page posts against the loopback Graph API over real HTTP.
@Suite struct FacebookContractTests {
    static func world(posts: Int = 30) -> PlatformAPIServer.World {
        var w = PlatformAPIServer.World()
        w.facebook = [.init(name: "100064512345678", id: "100064512345678", followers: 120_500, items: World.items(posts, prefix: "fb"))]
        return w
    }

    func read(_ w: PlatformAPIServer.World) async throws -> ChannelRead {
        let h = try APIHarness(w)
        return await ChannelReader(source: World.source(.facebook, "100064512345678"), platforms: h.settings(w)).read(send: h.send)
    }

    @Test func pagesWithReactionCommentAndShareTotals() async throws {
        let r = try await read(Self.world())
        #expect(r.state == .seen)
        #expect(r.calls == 3)  // followers, then 25 + 5 posts; no "next" link on the last page
        #expect(r.followers == 120_500)
        #expect(r.posts.count == 30)
        let p = r.posts[1].post
        #expect(p.stableID == "100064512345678_fb1001")
        #expect(p.url == "https://www.facebook.com/100064512345678/posts/fb1001")
        #expect(p.engagement.likes == 101 && p.engagement.comments == 1 && p.engagement.shares == 1)
        #expect(r.posts[0].post.engagement.shares == 0)  // Graph leaves out "shares" of an unshared post
        #expect(p.published == Date(timeIntervalSince1970: 1_796_342_400 - 21_600))
        #expect(p.text == "Kegiatan fb nomor 1 #SIMBA")
    }

    @Test func emptyPageIsSeenWithNoPosts() async throws {
        let r = try await read(Self.world(posts: 0))
        #expect(r.state == .seen && r.posts.isEmpty && r.calls == 2)
    }

    @Test func errorsMapToChannelStates() async throws {
        var w = Self.world()
        w.faults["100064512345678"] = .graph(code: 190)
        #expect(try await read(w).state == .tokenExpired)
        w.faults["100064512345678"] = .graph(code: 32)
        #expect(try await read(w).state == .rateLimited)
        w.faults["100064512345678"] = .status(500)
        #expect(try await read(w).state == .broken)
    }
}

extension FacebookContractTests {
    /// A page whose follower count cannot be read (a 500 on the page object) still has its posts read.
    @Test func postsAreReadWhenOnlyTheFollowerCountFails() async throws {
        let w = Self.world()
        let h = try APIHarness(w)
        let fb = Facebook(api: h.server.graphURL, page: "100064512345678", token: Secret(w.graphToken))
        let failing = PlatformResponse(status: 500, body: Array(#"{"error":{"message":"An unknown error has occurred.","type":"OAuthException","code":1}}"#.utf8))
        let send = h.send
        let r = await ChannelReader(source: World.source(.facebook, "100064512345678"), platforms: h.settings(w))
            .read(send: { req in req.purpose == .account ? failing : await send(req) })
        #expect(r.state == .seen && r.posts.count == 30 && r.followers == nil)
        #expect(fb.accountRequest().purpose == .account)
    }
}
