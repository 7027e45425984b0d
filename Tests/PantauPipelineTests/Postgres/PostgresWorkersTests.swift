import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PostgresNIO
import Testing

/// Several workers on one PostgreSQL database: two `pantau run` passes over the due sources at once,
/// each with its own connection pool and lease owner, fetch every source once between them and
/// store every post once.
@Suite(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
struct PostgresWorkersTests {
    @Test func twoWorkersCrawlingTheDueSourcesAtOnceFetchEachOnceAndStoreEachPostOnce() async throws {
        try await PostgresTestDatabase.withFreshDatabase { url in
            var registry = try Workspace.loadRegistry(PostgresDemoAgreementTests.feeds)
            registry.settings.crawl.delayMillis = 0
            let server = try DemoAPIServer(folder: PostgresDemoAgreementTests.feeds + "/api")
            defer { server.stop() }
            server.serve(&registry)
            let first = try await Workspace.openPostgres(url), second = try await Workspace.openPostgres(url)
            try await first.syncSources(registry.sources)
            let engine = FetchEngine(config: FetchConfig())
            defer { engine.shutdown() }
            var runA = CrawlRun(registry: registry, storage: first, engine: engine, logger: Logger(label: "a"))
            runA.leaseOwner = "host-a:1:a"
            var runB = CrawlRun(registry: registry, storage: second, engine: engine, logger: Logger(label: "b"))
            runB.leaseOwner = "host-b:2:b"
            let clock = PostgresDemoAgreementTests.crawlClock
            let (workerA, workerB) = (runA, runB)
            async let a = workerA.run(.due, now: { clock }, command: "run")
            async let b = workerB.run(.due, now: { clock }, command: "run")
            let (sa, sb) = try await (a, b)
            #expect(sa.failed == 0 && sb.failed == 0)

            let fetches = try await first.query("""
                SELECT sourceID, COUNT(*) FROM "fetch" GROUP BY sourceID ORDER BY sourceID
                """).map { (try $0.value(0, as: String.self), try $0.value(1, as: Int.self)) }
            #expect(fetches.map(\.0) == registry.sources.map(\.id).sorted(), "every source fetched")
            #expect(fetches.allSatisfy { $0.1 == 1 }, "no source fetched twice: \(fetches.filter { $0.1 > 1 })")
            #expect(sa.newPosts + sb.newPosts == 103, "each post new for one worker only")
            #expect(try await first.counts().posts == 103)
            let leases = try await first.query("SELECT COUNT(*) FROM source WHERE leaseOwner IS NOT NULL")
            #expect(try leases.first?.value(0, as: Int.self) == 0, "every claim given back")
            await first.close()
            await second.close()
        }
    }
}
