import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import Testing

/// A video page whose only date is `uploadDate` without a zone is dated in the registry's zone when
/// crawled (a Polres in Makassar writes WITA times), not in the server's or in UTC.
@Suite struct PageZoneCrawlTests {
    static let page = """
        <!DOCTYPE html><html lang="id"><head><title>Pelayanan SIM keliling di Pantai Losari</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@type": "VideoObject",
        "name": "Pelayanan SIM keliling di Pantai Losari", "uploadDate": "2026-11-18T09:30:00"}</script>
        </head><body><article><h1>Pelayanan SIM keliling di Pantai Losari</h1>
        <p>Satlantas melayani perpanjangan SIM warga di Pantai Losari.</p></article></body></html>
        """

    func crawl(timezone: String) async throws -> Date? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-zone-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.page.write(to: dir.appendingPathComponent("video.html"), atomically: true, encoding: .utf8)
        try """
            unit: {id: polrestabes-makassar, name: Polrestabes Makassar, kind: polrestabes}
            sources:
              - {id: makassar-video, platform: website, kind: page, url: video.html}
            innovations:
              - {id: makassar-sim, name: SIM Keliling}
            """.write(to: dir.appendingPathComponent("polrestabes-makassar.yaml"), atomically: true, encoding: .utf8)
        try "timezone: \(timezone)\ncrawl: {robots: false}\n".write(to: dir.appendingPathComponent("_settings.yaml"),
                                                                 atomically: true, encoding: .utf8)
        let reg = try RegistryLoader.load(directory: dir.path)
        let db = try AppDatabase.inMemory()
        let crawler = CrawlRun(registry: reg, database: db, engine: FetchEngine(config: FetchConfig()), logger: Logger(label: "test"))
        _ = try await crawler.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        return try db.observedPosts().first?.published
    }

    @Test func zonelessUploadDateIsReadInTheRegistryZone() async throws {
        let wita = try #require(try await crawl(timezone: "Asia/Makassar"))
        let wib = try #require(try await crawl(timezone: "Asia/Jakarta"))
        #expect(ISO8601DateFormatter().string(from: wita) == "2026-11-18T01:30:00Z")
        #expect(ISO8601DateFormatter().string(from: wib) == "2026-11-18T02:30:00Z")
    }
}
