import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PantauTestSupport
import Testing

@Suite struct ConcurrentCrawlTests {
    /// Two crawlers (as two processes would be) on one database file never fetch a source twice at once.
    @Test func twoCrawlersShareTheWork() async throws {
        let server = try TestHTTPServer { req in
            .delayed(seconds: 0.05, .init(.text("""
            <rss version="2.0"><channel><title>x</title><item><title>Kabar \(req.path)</title>
            <guid>https://x.example\(req.path)</guid></item></channel></rss>
            """)))
        }
        let sources = (0..<40).map {
            Source(id: "s\($0)", unitID: "u", platform: .website, url: server.baseURL + "/feed\($0).xml")
        }
        var settings = Settings()
        settings.crawl.robots = false
        let registry = Registry(units: [Unit(id: "u", name: "Polres U")], sources: sources, settings: settings)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).sqlite").path
        var config = FetchConfig()
        config.delayMillis = 0
        config.perHost = 8
        func crawler(_ owner: String) throws -> CrawlRun {
            var c = CrawlRun(registry: registry, database: try AppDatabase(path: path), engine: FetchEngine(config: config),
                            logger: Logger(label: "test"))
            c.leaseOwner = owner
            return c
        }
        let a = try crawler("other-host:1:a"), b = try crawler("other-host:2:b")
        async let ra = a.syncAndRun(sources, now: { Date() }, progress: Progress(enabled: false))
        async let rb = b.syncAndRun(sources, now: { Date() }, progress: Progress(enabled: false))
        let (sa, sb) = try await (ra, rb)
        let feedRequests = server.requests.filter { $0.path.hasPrefix("/feed") }
        #expect(feedRequests.count == 40, "each source fetched exactly once")
        #expect(Set(feedRequests.map(\.path)).count == 40)
        #expect(sa.fetched + sb.fetched == 40)
        #expect(sa.skipped + sb.skipped == 40)
        #expect(try AppDatabase(path: path).counts().posts == 40)
    }
}
