import Foundation
import PantauFetch
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Synchronization

/// Sends platform requests over real HTTP through PantauFetch to a `PlatformAPIServer`, and keeps
/// what was sent as it would be logged.
final class APIHarness: Sendable {
    let server: PlatformAPIServer
    let engine: FetchEngine
    private let logged = Mutex<[String]>([])

    init(_ world: PlatformAPIServer.World, timeout: Int = 10) throws {
        server = try PlatformAPIServer(world)
        var c = FetchConfig()
        c.delayMillis = 0
        c.perHost = 4
        c.timeout = timeout
        engine = FetchEngine(config: c)
    }

    deinit {
        engine.shutdown()
        server.stop()
    }

    /// What the pipeline does with a request: hand its lines and body to the fetch engine.
    var send: ChannelReader.Send {
        { [self] request in
            logged.withLock { $0.append(request.description) }
            let r = await engine.fetch(FetchRequest(url: request.url, method: request.method == .post ? .post : .get,
                                                    headers: request.headerLines(), body: request.bodyBytes()))
            return PlatformResponse(status: r.status, headers: r.headers, body: r.body, transportProblem: r.error?.description)
        }
    }

    /// Every request as a log line would show it.
    var logLines: [String] { logged.withLock { $0 } }

    func settings(_ w: PlatformAPIServer.World, tiktokRefresh: String? = nil) -> PlatformSettings {
        var p = PlatformSettings()
        p.instagram = GraphPlatform(api: server.graphURL, credentials: [
            GraphCredential(name: "humas", userID: w.igUserID, token: Secret(w.graphToken), origin: "test")])
        p.facebook = GraphPlatform(api: server.graphURL, credentials: [
            GraphCredential(name: "page", token: Secret(w.graphToken), origin: "test")])
        p.youtube = YouTubePlatform(api: server.youtubeURL, key: Secret(w.youtubeKey), origin: "test")
        let refresh = tiktokRefresh.map {
            TikTokCredential.Refresh(refreshToken: Secret($0), clientKey: Secret(w.tiktokClientKey),
                                     clientSecret: Secret(w.tiktokClientSecret))
        }
        p.tiktok = TikTokPlatform(api: server.tiktokURL, credentials: [
            TikTokCredential(name: "tt", token: Secret(w.tiktok.first?.name ?? "none"), origin: "test", refresh: refresh)])
        return p
    }
}

enum World {
    /// Items newest first, one every 6 hours back from 2026-12-04 00:00 UTC.
    static func items(_ n: Int, prefix: String) -> [PlatformAPIServer.Item] {
        var out: [PlatformAPIServer.Item] = []
        for i in 0..<n {
            let k = Int64(i)
            let time: Int64 = 1_796_342_400 - k * 21_600
            out.append(PlatformAPIServer.Item(id: prefix + String(1_000 + i), text: "Kegiatan \(prefix) nomor \(i) #SIMBA",
                                              time: time, likes: 100 + k, comments: k % 7, shares: k % 3, views: 1_000 * (k + 1)))
        }
        return out
    }

    static func source(_ platform: Platform, _ account: String) -> Source {
        Source(id: "s-\(platform.rawValue)", unitID: "polres-tuban", platform: platform, kind: .api, url: "https://example.org/",
               account: account)
    }

    static func secrets(_ w: PlatformAPIServer.World) -> [String] {
        [w.graphToken, w.youtubeKey, w.tiktokClientSecret] + w.tiktok.map(\.name) + w.tiktokRefresh.flatMap { [$0.key, $0.value.0, $0.value.1] }
    }
}
