import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PantauTestSupport
import Testing

/// Two workers crawling all sources (`crawl --all`) on one store, the second started before the
/// first saved: the second does not fetch again what the first crawled meanwhile, and says so (it
/// counts the source as crawled by another process). A run started after that save crawls it again.
///
/// "Started before the first saved" is set with the runs' clocks, not with timing: the second run's
/// clock stands at `start`, the first one saves at `start + 60 s`.
@Suite struct CrawlOverlapTests {
    @Test func aRunStartedBeforeAnotherSavedDoesNotFetchItsSourcesAgain() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let db = try AppDatabase(path: path)
        try await Self.checkOverlap { fixture in
            try db.syncSources(fixture.registry.sources)
            return (db, try AppDatabase(path: path))
        }
    }

    @Test(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
    func onPostgreSQLTooARunStartedBeforeAnotherSavedDoesNotFetchItsSourcesAgain() async throws {
        try await PostgresTestDatabase.withFreshDatabase { url in
            let first = try await Workspace.openPostgres(url), second = try await Workspace.openPostgres(url)
            try await Self.checkOverlap { fixture in
                try await first.syncSources(fixture.registry.sources)
                return (first, second)
            }
            await first.close()
            await second.close()
        }
    }

    /// Three feeds on a test server that counts its requests.
    struct Fixture {
        let server: TestHTTPServer
        let registry: Registry
    }

    /// Runs worker A (clock `start + 60`), then worker B (clock `start`, as if it began before A
    /// saved), then worker C (clock `start + 120`), each on its own store handle.
    static func checkOverlap(stores: (Fixture) async throws -> (any CrawlStorage, any CrawlStorage)) async throws {
        let server = try TestHTTPServer { req in
            .text("""
            <rss version="2.0"><channel><title>x</title><item><title>Kabar \(req.path)</title>
            <guid>https://x.example\(req.path)</guid></item></channel></rss>
            """)
        }
        let sources = (0..<3).map { Source(id: "s\($0)", unitID: "u", platform: .website, url: server.baseURL + "/feed\($0).xml") }
        var settings = Settings()
        settings.crawl.robots = false
        let registry = Registry(units: [Unit(id: "u", name: "Polres U")], sources: sources, settings: settings)
        let (storeA, storeB) = try await stores(Fixture(server: server, registry: registry))
        var config = FetchConfig()
        config.delayMillis = 0
        let engine = FetchEngine(config: config)
        defer { engine.shutdown() }
        func worker(_ storage: any CrawlStorage, _ owner: String) -> CrawlRun {
            var run = CrawlRun(registry: registry, storage: storage, engine: engine, logger: Logger(label: owner))
            run.leaseOwner = owner
            return run
        }
        let start = Date()
        func feedFetches() -> Int { server.requests.filter { $0.path.hasPrefix("/feed") }.count }

        let a = try await worker(storeA, "host-a:1:a").run(.sources(sources), now: { start + 60 })
        #expect(a.fetched == 3 && a.failed == 0)
        #expect(feedFetches() == 3)

        let b = try await worker(storeB, "host-b:2:b").run(.sources(sources), now: { start })
        #expect(feedFetches() == 3, "the second worker fetched nothing again")
        #expect(b.fetched == 0)
        #expect(b.skipped == 3, "the three sources counted as crawled by another process")

        let c = try await worker(storeB, "host-b:2:b").run(.sources(sources), now: { start + 120 })
        #expect(c.fetched == 3 && c.skipped == 0, "a run begun after the save crawls the sources again")
        #expect(feedFetches() == 6)
    }
}
