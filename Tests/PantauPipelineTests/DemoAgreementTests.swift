import Foundation
import Logging
import PantauAlert
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauScore
import PantauStore
import Testing

/// The bundled demo registry, crawled for real: the weekly report, the evidence export and the
/// alerts must agree with each other and with the posts in the database.
@Suite struct DemoAgreementTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL.path

    @Test func reportEvidenceAlertsAndDatabaseAgree() async throws {
        let registry = try RegistryLoader.load(directory: Self.feeds)
        let db = try AppDatabase.inMemory()
        var c = FetchConfig()
        c.delayMillis = 0
        let crawler = Crawler(registry: registry, database: db, engine: FetchEngine(config: c), logger: Logger(label: "demo"))
        let summary = try await crawler.crawl(registry.sources, now: { Date() }, progress: Progress(enabled: false))
        #expect(summary.failed == 0)
        let reporter = Reporter(registry: registry, database: db)
        let now = try #require(try reporter.dataAnchoredNow())
        let week = ISOWeek.lastComplete(before: now)
        #expect(week == ISOWeek(year: 2026, week: 47))

        let posts = try db.observedPosts()
        let report = WeeklyBuilder.build(WeeklyInput(registry: registry, posts: posts, health: try db.health(),
                                                     week: week, now: now))
        let evidence = EvidenceBuilder.build(registry: registry, posts: posts, health: try db.health(), now: now)
        let alerts = try reporter.alerts(now: now)

        for innovation in registry.innovations {
            let matched = posts.filter { $0.matches.contains { $0.innovationID == innovation.id } }
            let inWeek = matched.filter { week.contains($0.time) }
            let line = try #require(report.units.flatMap(\.innovations).first { $0.innovation.id == innovation.id })
            // Report: this week's posts are exactly the stored posts matched to the innovation in that week.
            #expect(Set(line.posts.map(\.postID)) == Set(inWeek.map(\.id)), "\(innovation.id): report vs database")
            #expect(line.lastPost == matched.map(\.time).max(), "\(innovation.id): last post")
            // Evidence: every stored public post of the innovation, each with its text hash.
            let ev = try #require(evidence.units.flatMap(\.innovations).first { $0.innovation.id == innovation.id })
            #expect(Set(ev.posts.map(\.postID)) == Set(matched.map(\.id)), "\(innovation.id): evidence vs database")
            #expect(ev.posts.allSatisfy { $0.textSHA256.count == 64 })
            // Alerts: an innovation is reported silent exactly when its last public post is older than its cadence.
            let last = matched.map(\.time).max()
            let silent = last.map { now.timeIntervalSince($0) > TimeInterval(innovation.effectiveCadence) } ?? true
            let alerted = alerts.contains { $0.rule == .silentInnovation && $0.innovationID == innovation.id }
            #expect(alerted == silent, "\(innovation.id): silent alert vs last post")
        }
        // What the demo is meant to show.
        #expect(alerts.contains { $0.rule == .silentInnovation && $0.innovationID == "polresta-pontianak-door-to-door" })
        let buleleng = try #require(report.units.first { $0.unit.id == "polres-buleleng" })
        #expect(buleleng.innovations.allSatisfy { $0.socialPosts == 0 })
        #expect(alerts.contains { $0.rule == .websiteOnly && $0.unitID == "polres-buleleng" })
        #expect(report.totals.onSocialMedia > 0)
    }
}
