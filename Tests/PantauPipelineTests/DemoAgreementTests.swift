import Foundation
import Logging
import PantauAlert
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauReport
import PantauScore
import PantauStore
import Testing

/// The bundled demo registry, crawled for real: the weekly report, the evidence export and the
/// alerts must agree with each other and with the posts in the database.
@Suite struct DemoAgreementTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL.path

    @Test func reportEvidenceAlertsAndDatabaseAgree() async throws {
        var registry = try RegistryLoader.load(directory: Self.feeds)
        // As `pantau demo` does: the API channels answered from the recorded responses on loopback.
        let server = try DemoAPIServer(folder: Self.feeds + "/api")
        defer { server.stop() }
        server.serve(&registry)
        let db = try AppDatabase.inMemory()
        var c = FetchConfig()
        c.delayMillis = 0
        let crawler = CrawlRun(registry: registry, database: db, engine: FetchEngine(config: c), logger: Logger(label: "demo"))
        let summary = try await crawler.syncAndRun(registry.sources, now: { Date() }, progress: Progress(enabled: false))
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
        // One judgement: the report's state per innovation is what the alerts fire on…
        let lines = report.units.flatMap(\.innovations)
        let silentAlerts = Set(alerts.filter { $0.rule == .silentInnovation }.compactMap(\.innovationID))
        let webAlerts = Set(alerts.filter { $0.rule == .websiteOnly }.compactMap(\.innovationID))
        #expect(Set(lines.filter { $0.state.key == "silent" }.map(\.innovation.id)) == silentAlerts)
        #expect(Set(lines.filter { $0.state == .websiteOnly }.map(\.innovation.id)) == webAlerts)
        // …and so are its colours and sections, in both languages and in Markdown.
        for language in Language.allCases {
            let html = HTMLReport.render(report, language: language)
            #expect(Self.rows(html, class: "s-silent") == silentAlerts, "\(language): red rows vs silent alerts")
            #expect(Self.rows(html, class: "s-website-only") == webAlerts, "\(language): amber rows vs website-only alerts")
            #expect(Self.section(html, "senyap") == silentAlerts, "\(language): silent section vs alerts")
            #expect(Self.section(html, "hanya-website") == webAlerts, "\(language): website-only section vs alerts")
        }
        let md = MarkdownReport.render(report, language: .id)
        for inv in registry.innovations {
            let listedSilent = Self.mdSection(md, "## Inovasi senyap").contains("**\(Self.label(inv))**")
            #expect(listedSilent == silentAlerts.contains(inv.id), "\(inv.id): Markdown silent section vs alerts")
            let listedWeb = Self.mdSection(md, "## Inovasi hanya di website").contains("**\(Self.label(inv))**")
            #expect(listedWeb == webAlerts.contains(inv.id), "\(inv.id): Markdown website-only section vs alerts")
        }

        // What the demo is meant to show.
        #expect(alerts.contains { $0.rule == .silentInnovation && $0.innovationID == "polresta-pontianak-door-to-door" })
        let buleleng = try #require(report.units.first { $0.unit.id == "polres-buleleng" })
        #expect(buleleng.innovations.allSatisfy { $0.socialPosts == 0 })
        #expect(alerts.contains { $0.rule == .websiteOnly && $0.unitID == "polres-buleleng" })
        #expect(report.totals.onSocialMedia > 0)

        // Read through the platform APIs: Polres Gresik's Instagram and TikTok are seen, with their
        // posts, engagement and the followers the APIs gave.
        let health = try db.health()
        for id in ["polres-gresik-ig", "polres-gresik-tiktok"] {
            let h = try #require(health.first { $0.sourceID == id })
            #expect(h.apiState == .seen, "\(id)")
            #expect(posts.contains { $0.sourceID == id && $0.engagement.likes != nil }, "\(id): posts with likes")
        }
        #expect(health.first { $0.sourceID == "polres-gresik-ig" }?.followers == 38_400)
        #expect(health.first { $0.sourceID == "polres-gresik-tiktok" }?.followers == 51_700)
        #expect(alerts.allSatisfy { $0.unitID != "polres-gresik" })
        // Polres Lamongan's Instagram token expired: a blind spot, not "website only", not a broken channel…
        let lamongan = try #require(health.first { $0.sourceID == "polres-lamongan-ig" })
        #expect(lamongan.apiState == .tokenExpired && lamongan.consecutiveFailures == 0 && lamongan.apiHint != nil)
        #expect(alerts.filter { $0.unitID == "polres-lamongan" }.map(\.rule) == [.blindSpot])
        #expect(alerts.first { $0.rule == .blindSpot }?.message.id.hasPrefix("Instagram Polres Lamongan tidak terpantau: token kedaluwarsa") == true)
        let sapa = try #require(lines.first { $0.innovation.id == "polres-lamongan-sapa-warga" })
        #expect(sapa.state == .notVisible(reason: "Instagram: token kedaluwarsa"))
        // …while Polres Buleleng, whose Instagram and YouTube were seen, keeps its website-only alert (above).
        let lamonganUnit = try #require(report.units.first { $0.unit.id == "polres-lamongan" })
        #expect(lamonganUnit.platforms.first { $0.platform == .instagram }?.visibility == .tokenExpired)
        #expect(buleleng.platforms.first { $0.platform == .instagram }?.visibility == .seen)
        // The LKE evidence does not say "not on social media" for Lamongan either; it does for Buleleng.
        let lke = { (unit: String) in evidence.units.first { $0.unit.id == unit }?.answers.first { $0.item == .ppIIb }?.reason.id ?? "" }
        #expect(lke("polres-lamongan").contains("Media sosial tidak bisa dilihat Pantau (Instagram: token kedaluwarsa)"), "\(lke("polres-lamongan"))")
        #expect(lke("polres-buleleng").contains("tidak di media sosial"), "\(lke("polres-buleleng"))")
    }

    /// Innovation ids of the table rows with `class` in the HTML report.
    static func rows(_ html: String, class cls: String) -> Set<String> {
        ids(html, pattern: "<tr class=\"\(cls)\" data-innovation=\"([^\"]+)\"")
    }

    /// Innovation ids listed in the report section `id`.
    static func section(_ html: String, _ id: String) -> Set<String> {
        guard let start = html.range(of: "<section id=\"\(id)\">"),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return [] }
        return ids(String(html[start.upperBound..<end.lowerBound]), pattern: "data-innovation=\"([^\"]+)\"")
    }

    static func ids(_ text: String, pattern: String) -> Set<String> {
        let re = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return Set(re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) })
    }

    static func mdSection(_ md: String, _ heading: String) -> String {
        guard let start = md.range(of: heading) else { return "" }
        let rest = md[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    static func label(_ i: Innovation) -> String {
        if let a = i.acronym, !a.isEmpty, a != i.name { return "\(i.name) (\(a))" }
        return i.name
    }
}
