import Foundation
import PantauModel
import PantauPipeline
import Testing

/// Alerts through the Workspace: what holds, what is sent, what the history keeps.
@Suite struct WorkspaceAlertsTests {
    @Test func nothingIsAlertedBeforeAnythingWasRead() async throws {
        let ws = try WorkspaceFixture().open()
        await #expect(throws: WorkspaceError.noData) { try await ws.alerts() }
        #expect(try await ws.alertHistory().isEmpty)
    }

    @Test func brokenChannelsAreBlindSpotsAndAreSentOnceThenKeptInHistory() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let rx = try Receiver()
        let settings = "alerts:\n  - kind: webhook\n    url: \(rx.server.baseURL)/hook\n    repeat: 1d\n"
        let ws = try WorkspaceFixture(feedBase: feed.server.baseURL, settings: settings).open()
        _ = try await ws.crawl(CrawlRequest(all: true))
        let now = WorkspaceFixture.afterW47

        let alerts = try await ws.alerts(now: now)
        // Instagram (500) and TikTok (garbage) were never read: no innovation is called silent, the
        // blind spots are named instead.
        #expect(!alerts.contains { $0.rule == .silentInnovation || $0.rule == .websiteOnly })
        #expect(alerts.filter { $0.rule == .blindSpot }.compactMap(\.sourceID).sorted() == ["tuban-broken", "tuban-garbage"])

        let delivery = try await ws.evaluateAndNotify(now: now)
        let (sent, reports) = (delivery.alerts, delivery.reports)
        #expect(sent == alerts)
        #expect(reports.count == 1)
        #expect(reports[0].failed == 0)
        #expect(reports[0].delivered == 2)
        #expect(rx.accepted.joined().contains("\"kind\":\"firing\""))
        let history = try await ws.alertHistory()
        #expect(history.count == reports[0].delivered)
        #expect(history.allSatisfy { $0.delivered && $0.kind == "firing" && $0.unitID == "polres-tuban" })

        // An hour later nothing new is sent: the same alerts repeat at most once a day.
        let later = try await ws.notify(alerts, now: now.addingTimeInterval(3_600))
        #expect(later[0].delivered == 0)
        #expect(try await ws.alertHistory().count == history.count)
    }
}
