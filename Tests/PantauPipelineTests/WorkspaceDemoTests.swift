import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// `pantau demo` through the Workspace: the recorded API answers on loopback, a crawl recorded as
/// the demo's, and the clock anchored to the demo's data.
@Suite struct WorkspaceDemoTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL.path

    @Test func theDemoReportsTheWeekOfItsNewestPostWhateverToday() async throws {
        var registry = try Workspace.loadRegistry(Self.feeds)
        registry.settings.crawl.delayMillis = 0
        var ws = Workspace(registry: registry, registryFolder: Self.feeds, location: .sqlite(path: ":memory:"),
                           store: try AppDatabase.inMemory())
        let server = try ws.serveRecordedAPIs()
        defer { server.stop() }
        #expect(ws.registry.settings.platforms.tiktok?.api == server.baseURL + "/tiktok")
        let summary = try await ws.crawl(CrawlRequest(all: true, command: "demo"))
        #expect(summary.failed == 0)
        #expect(summary.totals?.posts == 103)

        let anchored = try #require(try await ws.dataAnchoredNow())
        // Only the demo crawled this store: reports default to the demo's clock, not today.
        #expect(try await ws.defaultNow() == anchored)
        let report = try await ws.weeklyReport()
        #expect(report.week == ISOWeek(year: 2026, week: 47))
        #expect(report.now == anchored)
        #expect(!report.provisional)
        let alerts = try await ws.alerts(now: anchored)
        #expect(!alerts.isEmpty)
    }
}
