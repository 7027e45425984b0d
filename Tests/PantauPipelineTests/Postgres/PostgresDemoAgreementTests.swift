import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// The same answers on both stores: the demo registry crawled into SQLite and into PostgreSQL, with
/// one clock and one source after the other (so posts get the same ids), gives byte-identical
/// report JSON, alerts JSON and evidence files.
@Suite(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
struct PostgresDemoAgreementTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../feeds/demo").standardizedFileURL.path
    /// 2026-11-23 03:00 UTC: after the demo's newest post.
    static let crawlClock = Date(timeIntervalSince1970: 1_795_402_800)

    @Test func theDemoGivesByteIdenticalReportAlertsAndEvidenceOnSQLiteAndPostgreSQL() async throws {
        let onSQLite = try await Self.demoAnswers(store: try AppDatabase.inMemory(), location: .sqlite(path: ":memory:"))
        let onPostgres = try await PostgresTestDatabase.withFreshDatabase { url in
            let postgres = try await Workspace.openPostgres(url)
            let answers = try await Self.demoAnswers(store: postgres, location: .postgres(url: url))
            await postgres.close()
            return answers
        }
        #expect(onSQLite.count == onPostgres.count)
        for (name, text) in onSQLite {
            #expect(text.count > 100, "\(name) says something")
            #expect(onPostgres[name] == text, "\(name) differs between SQLite and PostgreSQL")
        }
    }

    /// The demo crawled into `store`, and its answers by name: the report's JSON, the alerts as
    /// `pantau alerts --json` prints them, the evidence CSV files.
    static func demoAnswers(store: any WorkspaceStore, location: DatabaseLocation) async throws -> [String: String] {
        let registry = try await crawlDemo(into: store)
        return try await answers(registry: registry, store: store, location: location)
    }

    /// The demo registry crawled into `store` (one source after the other, at `crawlClock`); returns the registry.
    static func crawlDemo(into store: any WorkspaceStore) async throws -> Registry {
        var registry = try Workspace.loadRegistry(feeds)
        registry.settings.crawl.delayMillis = 0
        let server = try DemoAPIServer(folder: feeds + "/api")
        defer { server.stop() }
        server.serve(&registry)
        let storage = try #require(store as? any CrawlStorage)
        try await store.syncSources(registry.sources)
        let engine = FetchEngine(config: FetchConfig())
        defer { engine.shutdown() }
        let run = CrawlRun(registry: registry, storage: storage, engine: engine, logger: Logger(label: "demo"))
        for source in registry.sources {
            _ = try await run.run(sources: [source], now: { crawlClock }, command: "demo")
        }
        return registry
    }

    /// What `store` answers for `registry`: the report's JSON and CSV, the alerts as `pantau alerts
    /// --json` prints them, the evidence CSV files, by name.
    static func answers(registry: Registry, store: any WorkspaceStore, location: DatabaseLocation) async throws
        -> [String: String] {
        let ws = Workspace(registry: registry, location: location, store: store)
        let now = try #require(try await ws.dataAnchoredNow())
        var answers: [String: String] = [:]
        let report = try await ws.weeklyReport(now: now)
        answers["report.json"] = ws.render(report, as: .json).text
        answers["report.csv"] = ws.render(report, as: .csv).text
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        answers["alerts.json"] = String(decoding: try encoder.encode(try await ws.alerts(now: now)), as: UTF8.self)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("evidence-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for path in try await ws.writeEvidence(now: now, format: .csv, into: folder) {
            answers[(path as NSString).lastPathComponent] = try String(contentsOfFile: path, encoding: .utf8)
        }
        return answers
    }
}
