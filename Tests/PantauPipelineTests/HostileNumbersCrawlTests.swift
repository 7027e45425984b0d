import Foundation
import GRDB
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import PantauTestSupport
import Testing

/// Issue 11, first "done when": five healthy feeds crawled together with one feed each of a huge
/// `ttl`, huge JSON-LD counts, a like count near Int64.max and a negative count. Every healthy post
/// is stored, the crawl ends, and the report and the alerts of that week are produced.
@Suite struct HostileNumbersCrawlTests {
    static func feed(_ n: Int, extra: String = "", item: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
        <channel><title>Feed \(n)</title><link>https://tuban.example/\(n)/</link>\(extra)
        <item><title>Layanan SIMBA hari \(n)</title><link>https://tuban.example/\(n)/a</link>
        <pubDate>Tue, 17 Nov 2026 09:00:00 +0700</pubDate><description>Ujian teori SIM.</description>\(item)</item>
        <item><title>Patroli malam \(n)</title><link>https://tuban.example/\(n)/b</link>
        <pubDate>Wed, 18 Nov 2026 20:00:00 +0700</pubDate><description>Patroli rutin.</description></item>
        </channel></rss>
        """
    }

    static let jsonLDPage = """
        <!doctype html><html><head><title>SIMBA di Jenu</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"SIMBA di Jenu","datePublished":"2026-11-18T10:00:00+07:00",
        "interactionStatistic":[
          {"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":"9223372036854775000"},
          {"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":"9223372036854775000"},
          {"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":"400000000000000"},
          {"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":"400000000000000"}]}
        </script></head><body><article><h1>SIMBA di Jenu</h1><p>Layanan SIMBA melayani warga Jenu.</p></article></body></html>
        """

    func registry(_ base: String) throws -> Registry {
        var unit = "unit:\n  id: polres-tuban\n  name: Polres Tuban\n  kind: polres\nsources:\n"
        for n in 1...5 { unit += "  - id: good\(n)\n    platform: website\n    url: \(base)/good\(n).xml\n" }
        for id in ["ttl", "likes", "negative"] { unit += "  - id: \(id)\n    platform: youtube\n    url: \(base)/\(id).xml\n" }
        unit += "  - id: jsonld\n    platform: website\n    kind: page\n    url: \(base)/jsonld.html\n"
        unit += "innovations:\n  - id: polres-tuban-simba\n    name: SIM Bhabinkamtibmas\n    acronym: SIMBA\n    cadence: 7d\n"
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-hostile-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try unit.write(to: dir.appendingPathComponent("polres-tuban.yaml"), atomically: true, encoding: .utf8)
        try "crawl: {robots: false}\n".write(to: dir.appendingPathComponent("_settings.yaml"), atomically: true, encoding: .utf8)
        return try RegistryLoader.load(directory: dir.path)
    }

    @Test func hostileNumbersCostNothingButThemselves() async throws {
        let srv = try TestHTTPServer { req in
            switch req.path {
            case let p where p.hasPrefix("/good"): .text(Self.feed(Int(p.dropFirst(5).prefix(1))!))
            case "/ttl.xml": .text(Self.feed(6, extra: "<ttl>9223372036854775807</ttl>"))
            case "/likes.xml": .text(Self.feed(7, item: """
                <media:group><media:community><media:starRating count="9223372036854775806"/>
                <media:statistics views="9223372036854775807"/></media:community></media:group>
                """))
            case "/negative.xml": .text(Self.feed(8, item: "<slash:comments>-5</slash:comments>"))
            case "/jsonld.html": .text(Self.jsonLDPage, type: "text/html")
            default: .respond(status: 404)
            }
        }
        defer { srv.stop() }
        let reg = try registry(srv.baseURL)
        let db = try AppDatabase.inMemory()
        var config = FetchConfig()
        config.delayMillis = 0
        let crawler = CrawlRun(registry: reg, database: db, engine: FetchEngine(config: config), logger: Logger(label: "test"))
        let summary = try await crawler.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        #expect(summary.errors.isEmpty, "\(summary.errors)")
        let posts = try db.observedPosts()
        for n in 1...5 { #expect(posts.filter { $0.sourceID == "good\(n)" }.count == 2) }
        #expect(posts.filter { $0.sourceID == "ttl" }.count == 2)
        // Out-of-range counters are unknown, never stored.
        let liked = try #require(posts.first { $0.sourceID == "likes" && $0.title == "Layanan SIMBA hari 7" })
        #expect(liked.engagement.likes == nil && liked.engagement.views == nil)
        let negative = try #require(posts.first { $0.sourceID == "negative" && $0.title == "Layanan SIMBA hari 8" })
        #expect(negative.engagement.comments == nil)
        let page = try #require(posts.first { $0.sourceID == "jsonld" })
        #expect(page.engagement.likes == nil)  // the two halves of near-Int64.max add up past 10^15
        #expect(page.engagement.comments == 800_000_000_000_000)
        // The huge ttl is clamped to the crawl's 24 h cap (±10 % jitter), not trapped on.
        let ttl = try #require(try db.health().first { $0.sourceID == "ttl" }?.nextDue)
        #expect(ttl.timeIntervalSinceNow <= 86_400 * 1.1 + 60 && ttl.timeIntervalSinceNow >= 86_400 * 0.9 - 60)

        // A counter near Int64.max that an older Pantau stored is refused on read, with the post named.
        let postID = try #require(posts.first { $0.sourceID == "good1" }?.id)
        try await db.writer.write { d in
            try d.execute(sql: "INSERT INTO engagement (postID, at, views, likes, comments, shares) VALUES (?, ?, 1, ?, ?, 3)",
                          arguments: [postID, Date(), Int64.max - 1, Int64.max])
        }
        let warnings = LockedLines()
        let week = ISOWeek(year: 2026, week: 47)
        let now = week.end(in: ISOWeek.jakarta).addingTimeInterval(3_600)
        var reporter = Reporter(registry: reg, database: db)
        reporter.warn = { warnings.append($0) }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-hostile-out-\(UUID())").path
        let written = try reporter.writeWeekly(week: week, now: now, unitIDs: nil, formats: Reporter.Format.allCases,
                                               language: .id, outDir: out)
        #expect(written.paths.count == 4)
        let alerts = try reporter.alerts(now: now)
        #expect(alerts.allSatisfy { !$0.message.id.isEmpty })
        #expect(warnings.lines.contains { $0.contains("post \(postID) of source good1") && $0.contains("likes 9223372036854775806") })
    }
}

/// Lines collected from a `@Sendable` callback.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func append(_ s: String) { lock.lock(); stored.append(s); lock.unlock() }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return stored }
}
