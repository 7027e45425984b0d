import Foundation
import GRDB
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PostgresNIO
import Testing

/// The crawl writes the same rows on both stores: the demo registry crawled into SQLite and into
/// PostgreSQL (one clock, one source after the other) leaves equal sources, posts, matches,
/// engagement snapshots, fetches and channel states, compared column by column.
@Suite(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
struct PostgresDemoCrawlTests {
    enum Kind { case text, int, double, bool }

    /// Table, (column, kind), order. Left out: `fetch.elapsed` (the time a fetch took) and
    /// `source.nextDue` (the schedule spreads sources with a random jitter).
    static let tables: [(String, [(String, Kind)], String)] = [
        ("source", [("id", .text), ("unitID", .text), ("platform", .text), ("kind", .text), ("url", .text),
                    ("etag", .text), ("lastModified", .text), ("lastAttempt", .text), ("lastSuccess", .text),
                    ("lastError", .text), ("consecutiveFailures", .int), ("gone", .bool),
                    ("movedTo", .text), ("leaseOwner", .text), ("leaseUntil", .text), ("inRegistry", .bool)], "id"),
        ("post", [("id", .int), ("sourceID", .text), ("stableID", .text), ("url", .text), ("title", .text), ("text", .text),
                  ("textSHA256", .text), ("author", .text), ("published", .text), ("firstSeen", .text),
                  ("lastSeen", .text)], "id"),
        ("match", [("postID", .int), ("innovationID", .text), ("score", .double), ("evidence", .text)], "postID, innovationID"),
        ("engagement", [("postID", .int), ("at", .text), ("views", .int), ("likes", .int), ("comments", .int),
                        ("shares", .int)], "postID, at"),
        ("\"fetch\"", [("id", .int), ("runID", .int), ("sourceID", .text), ("url", .text), ("at", .text), ("status", .int),
                       ("notModified", .bool), ("bytes", .int), ("error", .text), ("newPosts", .int)], "id"),
        ("channelState", [("sourceID", .text), ("state", .text), ("since", .text), ("at", .text), ("hint", .text),
                          ("followers", .int)], "sourceID"),
        ("run", [("id", .int), ("command", .text), ("startedAt", .text), ("finishedAt", .text), ("sources", .int),
                 ("newPosts", .int), ("errors", .int)], "id"),
    ]

    @Test func theDemoCrawlWritesTheSameRowsOnSQLiteAndPostgreSQL() async throws {
        let sqlite = try AppDatabase.inMemory()
        try await Self.crawlDemo(into: sqlite)
        let fromSQLite = try Self.rows(sqlite)
        let fromPostgres = try await PostgresTestDatabase.withFreshDatabase { url in
            let postgres = try await Workspace.openPostgres(url)
            try await Self.crawlDemo(into: postgres)
            let rows = try await Self.rows(postgres)
            await postgres.close()
            return rows
        }
        #expect(fromSQLite["post"]?.count == 103)
        for (table, rows) in fromSQLite {
            let other = fromPostgres[table] ?? []
            #expect(rows.count == other.count, "\(table): row counts")
            for (a, b) in zip(rows, other) where a != b {
                Issue.record("\(table) differs:\n SQLite:     \(a)\n PostgreSQL: \(b)")
                break
            }
        }
    }

    /// The demo crawled one source after the other at a fixed time, as a run of `pantau demo` does.
    static func crawlDemo(into storage: some CrawlStorage & RegistryStore) async throws {
        var registry = try Workspace.loadRegistry(PostgresDemoAgreementTests.feeds)
        registry.settings.crawl.delayMillis = 0
        let server = try DemoAPIServer(folder: PostgresDemoAgreementTests.feeds + "/api")
        defer { server.stop() }
        server.serve(&registry)
        try await storage.syncSources(registry.sources)
        let engine = FetchEngine(config: FetchConfig())
        defer { engine.shutdown() }
        var run = CrawlRun(registry: registry, storage: storage, engine: engine, logger: Logger(label: "demo"))
        run.leaseOwner = "test:1:x"
        for source in registry.sources {
            _ = try await run.run(sources: [source], now: { PostgresDemoAgreementTests.crawlClock }, command: "demo")
        }
    }

    static func rows(_ db: AppDatabase) throws -> [String: [[String]]] {
        try db.writer.read { db in
            var out: [String: [[String]]] = [:]
            for (table, columns, order) in tables {
                let sql = "SELECT \(columns.map(\.0).joined(separator: ", ")) FROM \(table) ORDER BY \(order)"
                out[table] = try Row.fetchAll(db, sql: sql).map { row in
                    columns.enumerated().map { i, c in
                        switch c.1 {
                        case .text: (row[i] as String?).map { "\($0)" } ?? "NULL"
                        case .int: (row[i] as Int64?).map { "\($0)" } ?? "NULL"
                        case .double: (row[i] as Double?).map { "\($0)" } ?? "NULL"
                        case .bool: (row[i] as Bool?).map { "\($0)" } ?? "NULL"
                        }
                    }
                }
            }
            return out
        }
    }

    static func rows(_ store: PostgresStore) async throws -> [String: [[String]]] {
        var out: [String: [[String]]] = [:]
        for (table, columns, order) in tables {
            let sql = "SELECT \(columns.map(\.0).joined(separator: ", ")) FROM \(table) ORDER BY \(order)"
            out[table] = try await store.query(PostgresQuery(unsafeSQL: sql)).map { row in
                try columns.enumerated().map { i, c in
                    switch c.1 {
                    case .text: try row.value(i, as: String?.self).map { "\($0)" } ?? "NULL"
                    case .int: try row.value(i, as: Int64?.self).map { "\($0)" } ?? "NULL"
                    case .double: try row.value(i, as: Double?.self).map { "\($0)" } ?? "NULL"
                    case .bool: try row.value(i, as: Bool?.self).map { "\($0)" } ?? "NULL"
                    }
                }
            }
        }
        return out
    }
}
