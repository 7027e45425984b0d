import Foundation
import Hummingbird
import HummingbirdTesting
import PantauModel
import PantauPipeline
import PantauServer
import PantauStore
import Synchronization
import Testing

/// `/metrics` tells the operator how much of each platform API's allowance is left, from what the
/// crawl recorded in the platforms' state file, and says nothing where it has no figure.
@Suite struct QuotaMetricsTests {
    static func registry(youtube: Bool, graph: Bool) -> Registry {
        var r = ServerFixture.registry
        r.sources.append(Source(id: "tuban-yt", unitID: "polres-tuban", platform: .youtube, kind: .api,
                                url: "https://www.youtube.com/@polrestuban"))
        if youtube {
            r.settings.platforms.youtube = YouTubePlatform(api: "https://yt.example", key: Secret("yt-key-secret"),
                                                           origin: "_platforms.yaml", quotaPerDay: 5_000)
        }
        if graph {
            r.settings.platforms.instagram = GraphPlatform(api: "https://graph.example", credentials: [
                GraphCredential(name: "tuban", token: Secret("ig-token-secret"), origin: "_platforms.yaml")])
        }
        return r
    }

    static func metrics(_ registry: Registry, stateFile: String?) async throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-quota-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("p.sqlite").path
        if let stateFile { try stateFile.write(toFile: path + ".platforms", atomically: true, encoding: .utf8) }
        let store = try AppDatabase(path: path)
        try await store.syncSources(registry.sources)
        try await store.noteChannelWaiting("tuban-yt", note: "quota", at: Date())
        let ws = Workspace(registry: registry, location: .sqlite(path: path), store: store)
        let app = Application(router: Dashboard(workspace: ws).router())
        let text = Mutex("")
        try await app.test(.router) { client in
            let body = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            text.withLock { $0 = body }
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".platforms") || stateFile != nil,
                "scraping /metrics creates no state file")
        return text.withLock { $0 }
    }

    @Test func quotaLeftFromWhatTheCrawlRecorded() async throws {
        let pacific = DateFormatter()
        pacific.timeZone = TimeZone(identifier: "America/Los_Angeles")
        pacific.dateFormat = "yyyy-MM-dd"
        let day = pacific.string(from: Date())  // YouTube's quota day
        let seen = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_796_000_000))
        let state = #"{"quotaDay":"\#(day)","quotaSpent":1200,"tiktok":{},"graphUsage":{"percent":42,"at":"\#(seen)"}}"#
        let m = try await Self.metrics(Self.registry(youtube: true, graph: true), stateFile: state)
        #expect(m.contains("pantau_platform_quota_remaining{platform=\"youtube\"} 3800"))
        #expect(m.contains("pantau_platform_quota_limit{platform=\"youtube\"} 5000"))
        #expect(m.contains("pantau_platform_quota_used_ratio{platform=\"graph\"} 0.42"))
        #expect(m.contains("pantau_platform_quota_reported_seconds{platform=\"graph\"} 1796000000"))
        #expect(m.contains("pantau_platform_sources_waiting{platform=\"youtube\"} 1"))
        #expect(!m.contains("secret"), "no credential in /metrics")
    }

    @Test func aSpentQuotaOfAnotherDayIsAWholeDayLeft() async throws {
        let state = #"{"quotaDay":"2001-01-01","quotaSpent":4999,"tiktok":{}}"#
        let m = try await Self.metrics(Self.registry(youtube: true, graph: true), stateFile: state)
        #expect(m.contains("pantau_platform_quota_remaining{platform=\"youtube\"} 5000"))
        #expect(!m.contains("pantau_platform_quota_used_ratio"), "the Graph API never reported usage: no figure")
    }

    @Test func noFigureForPlatformsNotConfigured() async throws {
        let m = try await Self.metrics(Self.registry(youtube: false, graph: false), stateFile: nil)
        #expect(!m.contains("pantau_platform_quota_remaining"))
        #expect(!m.contains("pantau_platform_quota_used_ratio"))
        #expect(m.contains("pantau_platform_sources_waiting{platform=\"youtube\"} 1"), "the waiting source is still counted")
    }
}
