import Foundation
import PantauModel
import PantauPlatforms
import Synchronization
import Testing

/// A platform (or something posing as one) that pages forever cannot keep a read going.
@Suite struct HostilePagingTests {
    final class Counter: Sendable { let n = Mutex(0) }

    static func settings() -> PlatformSettings {
        PlatformSettings(
            instagram: GraphPlatform(api: "http://x/g", credentials: [GraphCredential(name: "c", userID: "1", token: Secret("t"), origin: "o")]),
            tiktok: TikTokPlatform(api: "http://x/t", credentials: [TikTokCredential(name: "c", token: Secret("t"), origin: "o")]))
    }

    func json(_ s: String) -> PlatformResponse { PlatformResponse(status: 200, body: Array(s.utf8)) }

    @Test func aRepeatedTikTokCursorEndsPaging() async {
        let calls = Counter()
        let page = json(#"{"data":{"videos":[{"id":"1","create_time":1700000000}],"cursor":1699999999000,"has_more":true},"error":{"code":"ok"}}"#)
        let r = await ChannelReader(source: Source(id: "s", unitID: "u", platform: .tiktok, kind: .api, url: "u", account: "a"),
                                    platforms: Self.settings())
            .read(send: { _ in calls.n.withLock { $0 += 1 }; return page })
        #expect(r.state == .seen)
        #expect(calls.n.withLock { $0 } == 2 + 1)  // first page, the repeat, then followers
    }

    @Test func aGraphAccountThatNeverEndsStopsAtTheMaximumPages() async {
        let calls = Counter()
        let send: ChannelReader.Send = { _ in
            let k = calls.n.withLock { $0 += 1; return $0 }
            let data = (0..<25).map { "{\"id\":\"\(k)-\($0)\"}" }.joined(separator: ",")
            return PlatformResponse(status: 200, body: Array("""
            {"business_discovery":{"id":"9","media":{"data":[\(data)],"paging":{"cursors":{"after":"c\(k)"}}}},"id":"1"}
            """.utf8))
        }
        var reader = ChannelReader(source: Source(id: "s", unitID: "u", platform: .instagram, kind: .api, url: "u", account: "a"),
                                   platforms: Self.settings())
        reader.maxPages = 4
        let r = await reader.read(send: send)
        #expect(r.calls == 4 && r.posts.count == 100)
    }
}
