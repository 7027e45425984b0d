import Foundation
import PantauModel
import PantauPlatforms
import PantauTestSupport
import Synchronization
import Testing

/// YouTube Data API v3 against the loopback server over real HTTP.
@Suite struct YouTubeContractTests {
    static let channel = "UCabcdefghijklmnopqrstuv"

    static func world(videos: Int = 120) -> PlatformAPIServer.World {
        var w = PlatformAPIServer.World()
        w.youtube = [.init(name: channel, id: "UUabcdefghijklmnopqrstuv", followers: 3_150, items: World.items(videos, prefix: "v"))]
        return w
    }

    @Test func uploadsThenStatisticsFiftyIdsACall() async throws {
        let w = Self.world()
        let h = try APIHarness(w)
        let spent = Mutex(0)
        let r = await ChannelReader(source: World.source(.youtube, Self.channel), platforms: h.settings(w))
            .read(send: h.send, spend: { units in spent.withLock { $0 += units }; return nil })
        #expect(r.state == .seen)
        #expect(r.calls == 1 + 3 + 3)  // channel, 50 + 50 + 20 uploads, 3 statistics batches
        #expect(r.quotaSpent == 7 && spent.withLock { $0 } == 7)
        #expect(r.followers == 3_150)
        #expect(r.posts.count == 120)
        let v = r.posts[119].post
        #expect(v.stableID == "yt:video:v1119")
        #expect(v.url == "https://www.youtube.com/watch?v=v1119")
        #expect(v.engagement == Engagement(views: 120_000, likes: 219, comments: 0))
        #expect(v.published == Date(timeIntervalSince1970: 1_796_342_400 - 119 * 21_600))  // videoPublishedAt, not the playlist time
        let batches = h.server.requests.filter { $0.path.hasPrefix("/youtube/videos") }
        #expect(batches.count == 3)
        for b in batches {
            let ids = URLComponents(string: "http://x" + b.path)!.queryItems!.first { $0.name == "id" }!.value!
            #expect(ids.split(separator: ",").count <= 50)
        }
        #expect(h.server.requests.allSatisfy { !$0.path.contains(w.youtubeKey) && $0.headers["x-goog-api-key"] == w.youtubeKey })
    }

    @Test func aSourceWaitsWhenTheBudgetSaysSo() async throws {
        let w = Self.world()
        let h = try APIHarness(w)
        let later = Date(timeIntervalSince1970: 1_800_000_000)
        let left = Mutex(2)
        let r = await ChannelReader(source: World.source(.youtube, Self.channel), platforms: h.settings(w))
            .read(send: h.send, spend: { units in left.withLock { l in l >= units ? (l -= units, nil).1 : later } })
        #expect(r.calls == 2 && r.quotaSpent == 2)
        #expect(r.waitsForQuota == later)
        #expect(r.state == .seen && r.posts.count == 50)
        #expect(r.posts.allSatisfy { $0.post.engagement.isEmpty })  // no statistics call was made
        #expect(h.server.requests.count == 2)
    }

    @Test func feedVideosGetStatisticsInBatches() async throws {
        let w = Self.world()
        let h = try APIHarness(w)
        let ids = w.youtube[0].items.map(\.id) + ["gone-video"]
        let r = await ChannelReader.youTubeStatistics(videoIDs: ids, youtube: h.settings(w).youtube!, send: h.send)
        #expect(r.calls == 3)
        #expect(r.posts.count == 120)  // the deleted video is absent, not zero
        #expect(r.posts.first { $0.post.stableID == "yt:video:v1000" }?.post.engagement.views == 1_000)
    }

    @Test func quotaBadKeyAndUnknownChannel() async throws {
        var w = Self.world()
        w.faults[Self.channel] = .youtubeQuotaExceeded
        var h = try APIHarness(w)
        var r = await ChannelReader(source: World.source(.youtube, Self.channel), platforms: h.settings(w)).read(send: h.send)
        #expect(r.state == .rateLimited)
        guard case .quotaExceeded? = r.error else { Issue.record("\(String(describing: r.error))"); return }
        w.faults = [:]
        h = try APIHarness(w)
        var settings = h.settings(w)
        settings.youtube?.key = Secret("AIza-wrong")
        r = await ChannelReader(source: World.source(.youtube, Self.channel), platforms: settings).read(send: h.send)
        #expect(r.state == .tokenExpired)
        r = await ChannelReader(source: World.source(.youtube, "UCzzzzzzzzzzzzzzzzzzzzzz"), platforms: h.settings(w)).read(send: h.send)
        guard case .accountNotFound? = r.error else { Issue.record("\(String(describing: r.error))"); return }
    }
}
