import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import PantauTestSupport
import Synchronization
import Testing

/// A feed server whose feed can change between crawls, answering 304 when nothing changed.
final class FeedServer: Sendable {
    final class Current: Sendable { let value = Mutex<(body: String, etag: String)>(("", "\"0\"")) }
    let current = Current()
    let server: TestHTTPServer

    init() throws {
        let current = self.current
        server = try TestHTTPServer { req in
            let (body, etag) = current.value.withLock { $0 }
            switch req.path {
            case "/feed.xml":
                if req.headers["if-none-match"] == etag { return .respond(status: 304, headers: ["ETag": etag]) }
                return .text(body, headers: ["ETag": etag])
            case "/broken.xml": return .respond(status: 500)
            case "/garbage.xml": return .respond(status: 200, headers: ["Content-Type": "application/xml"], body: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0xFF, 0xFE, 0x01])
            default: return .respond(status: 404)
            }
        }
    }

    func publish(_ items: [(id: String, title: String, date: String)]) {
        let body = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Polres Tuban</title><link>https://tuban.example/</link>
        \(items.map { "<item><title>\($0.title)</title><link>https://tuban.example/\($0.id)</link><guid>https://tuban.example/\($0.id)</guid><pubDate>\($0.date)</pubDate><description>\($0.title)</description></item>" }.joined(separator: "\n"))
        </channel></rss>
        """
        current.value.withLock { $0 = (body, "\"\(items.count)\"") }
    }
}

@Suite struct CrawlEndToEndTests {
    func registry(_ base: String) throws -> Registry {
        let unit = """
        unit:
          id: polres-tuban
          name: Polres Tuban
          kind: polres
        sources:
          - id: tuban-web
            platform: website
            url: \(base)/feed.xml
          - id: tuban-broken
            platform: instagram
            url: \(base)/broken.xml
          - id: tuban-garbage
            platform: tiktok
            url: \(base)/garbage.xml
        innovations:
          - id: polres-tuban-simba
            name: SIM Bhabinkamtibmas
            acronym: SIMBA
            cadence: 14d
          - id: polres-tuban-senyap
            name: Taman Lalu Lintas Senori
            cadence: 14d
        """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-e2e-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try unit.write(to: dir.appendingPathComponent("polres-tuban.yaml"), atomically: true, encoding: .utf8)
        return try RegistryLoader.load(directory: dir.path)
    }

    func crawler(_ r: Registry, _ db: AppDatabase) -> CrawlRun {
        var c = FetchConfig()
        c.delayMillis = 0
        c.timeout = 5
        return CrawlRun(registry: r, database: db, engine: FetchEngine(config: c), logger: Logger(label: "test"))
    }

    @Test func wholePathRunsAndSecondCrawlIs304() async throws {
        let feed = try FeedServer()
        feed.publish([("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700"),
                      ("2", "Patroli malam di alun-alun", "Tue, 17 Nov 2026 20:00:00 +0700")])
        let reg = try registry(feed.server.baseURL)
        let db = try AppDatabase.inMemory()
        let c = crawler(reg, db)
        let first = try await c.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        #expect(first.newPosts == 2)
        #expect(first.fetched == 1)
        #expect(first.failed == 2)
        #expect(Set(first.errors.map(\.source)) == ["tuban-broken", "tuban-garbage"])
        #expect(first.errors.first { $0.source == "tuban-broken" }?.problem == "HTTP 500")
        #expect(first.errors.first { $0.source == "tuban-garbage" }?.problem.hasPrefix("cannot parse") == true)

        let posts = try db.observedPosts()
        #expect(posts.count == 2)
        let simba = try #require(posts.first { $0.title?.contains("SIMBA") == true })
        #expect(simba.matches.map(\.innovationID) == ["polres-tuban-simba"])
        #expect(posts.first { $0.title?.contains("Patroli") == true }?.matches.isEmpty == true)

        let second = try await c.syncAndRun([reg.source("tuban-web")!], now: { Date() }, progress: Progress(enabled: false))
        #expect(second.notModified == 1)
        #expect(second.newPosts == 0)
        #expect(feed.server.requests.last { $0.path == "/feed.xml" }?.headers["if-none-match"] == "\"2\"")
        #expect(try db.counts().posts == 2)

        feed.publish([("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700"),
                      ("2", "Patroli malam di alun-alun", "Tue, 17 Nov 2026 20:00:00 +0700"),
                      ("3", "SIMBA kembali menyapa warga Senori", "Thu, 19 Nov 2026 10:00:00 +0700")])
        let third = try await c.syncAndRun([reg.source("tuban-web")!], now: { Date() }, progress: Progress(enabled: false))
        #expect(third.newPosts == 1)
        #expect(try db.counts().posts == 3)
        #expect(try db.health().first { $0.sourceID == "tuban-broken" }?.consecutiveFailures == 1)
    }

    @Test func reportAndAlertsComeFromStoredPosts() async throws {
        let feed = try FeedServer()
        feed.publish([("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700")])
        let reg = try registry(feed.server.baseURL)
        let db = try AppDatabase.inMemory()
        _ = try await crawler(reg, db).syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        let reporter = Reporter(registry: reg, database: db)
        let now = try #require(try reporter.dataAnchoredNow())
        #expect(ISOWeek.lastComplete(before: now) == ISOWeek(year: 2026, week: 47))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-rep-\(UUID())").path
        let result = try reporter.writeWeekly(week: nil, now: now, unitIDs: nil, formats: [.html, .md], language: .id, outDir: out)
        #expect(result.paths.count == 2)
        let md = try String(contentsOfFile: result.paths[1], encoding: .utf8)
        #expect(md.contains("SIM Bhabinkamtibmas"))
        #expect(md.contains("Taman Lalu Lintas Senori"))
        let alerts = try reporter.alerts(now: now)
        // The unit's Instagram (404) and TikTok (garbage) were never read: Pantau cannot say that an
        // innovation is silent or only on the website; it names the blind spots and what they hide.
        #expect(!alerts.contains { $0.rule == .silentInnovation || $0.rule == .websiteOnly })
        let blind = alerts.filter { $0.rule == .blindSpot }
        #expect(blind.compactMap(\.sourceID).sorted() == ["tuban-broken", "tuban-garbage"])
        #expect(blind.allSatisfy { $0.message.id.contains("kanal gagal dibaca") && $0.message.id.contains("SIM Bhabinkamtibmas") })
    }
}
