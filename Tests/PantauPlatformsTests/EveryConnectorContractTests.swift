import Foundation
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Testing

/// What every connector must do alike against the loopback server: dates, empty accounts, slow and
/// failing endpoints, and rate limits.
@Suite struct EveryConnectorContractTests {
    static let connectors: [Platform] = [.instagram, .facebook, .youtube, .tiktok]

    /// A world where the platform's account has `n` posts; the fault key for it.
    static func world(_ p: Platform, posts n: Int) -> (PlatformAPIServer.World, account: String, faultKey: String) {
        var w = PlatformAPIServer.World()
        let items = World.items(n, prefix: "p")
        switch p {
        case .instagram:
            w.instagram = [.init(name: "polrestuban", id: "17841401441775531", followers: 1, items: items)]
            return (w, "polrestuban", "polrestuban")
        case .facebook:
            w.facebook = [.init(name: "100064512345678", id: "100064512345678", followers: 1, items: items)]
            return (w, "100064512345678", "100064512345678")
        case .youtube:
            w.youtube = [.init(name: "UCabcdefghijklmnopqrstuv", id: "UU", followers: 1, items: items)]
            return (w, "UCabcdefghijklmnopqrstuv", "UCabcdefghijklmnopqrstuv")
        default:
            w.tiktok = [.init(name: "act.token-abcdefgh", id: "polrestuban", followers: 1, items: items)]
            return (w, "polrestuban", "act.token-abcdefgh")
        }
    }

    func read(_ p: Platform, posts: Int = 3, fault: PlatformAPIServer.Fault? = nil, timeout: Int = 10) async throws -> ChannelRead {
        var (w, account, key) = Self.world(p, posts: posts)
        if let fault { w.faults[key] = fault }
        let h = try APIHarness(w, timeout: timeout)
        let r = await ChannelReader(source: World.source(p, account), platforms: h.settings(w)).read(send: h.send)
        for s in World.secrets(w) { #expect(!h.logLines.contains { $0.contains(s) }, "\(p): a log line holds a credential") }
        return r
    }

    @Test(arguments: connectors) func datesReadInJakartaTime(_ p: Platform) async throws {
        let r = try await read(p)
        #expect(r.state == .seen)
        let newest = try #require(r.posts.first?.post.published)
        #expect(LocalFormat.dateTime(newest, zone: Sample.zone, language: .id) == "4 Des 2026 07.00 WIB", "\(p)")
        #expect(r.posts.map(\.post.text).first?.hasPrefix("Kegiatan p nomor 0") == true, "\(p)")
    }

    @Test(arguments: connectors) func anAccountWithoutPostsIsSeenNotBroken(_ p: Platform) async throws {
        let r = try await read(p, posts: 0)
        #expect(r.state == .seen, "\(p)")
        #expect(r.posts.isEmpty && r.error == nil, "\(p)")
    }

    @Test(arguments: connectors) func slowResetAndFailingEndpointsAreBroken(_ p: Platform) async throws {
        let slow = try await read(p, fault: .slow(3), timeout: 1)
        #expect(slow.state == .broken, "\(p) slow: \(String(describing: slow.error))")
        #expect(try await read(p, fault: .reset).state == .broken, "\(p) reset")
        let failing = try await read(p, fault: .status(503))
        #expect(failing.state == .broken, "\(p) 503: \(String(describing: failing.error))")
    }

    @Test(arguments: [Platform.instagram, .facebook], [4, 17, 32, 613]) func graphRateLimitCodes(_ p: Platform, _ code: Int) async throws {
        let r = try await read(p, fault: .graph(code: code))
        #expect(r.state == .rateLimited)
        if case .rateLimited? = r.error {} else { Issue.record("\(p) \(code): \(String(describing: r.error))") }
    }

    @Test func tiktok429AndYouTubeQuotaAreRateLimits() async throws {
        #expect(try await read(.tiktok, fault: .tiktokRateLimit).state == .rateLimited)
        #expect(try await read(.youtube, fault: .youtubeQuotaExceeded).state == .rateLimited)
    }
}
