import Foundation
import GRDB
import PantauModel
import PostgresNIO
import Synchronization
import Testing
@testable import PantauStore

/// `PostgresStore.importSQLite` against the schema and against SQLite values it cannot carry.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresImportTests {
    @Test func theCopiedTablesAreThePostgreSQLSchemaTableForTableAndColumnForColumn() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            try await store.migrate()
            let rows = try await store.query("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name <> 'pantau_migrations'
                """)
            await store.close()
            var onServer: Set<String> = []
            for row in rows {
                onServer.insert("\(try row.value(0, as: String.self)).\(try row.value(1, as: String.self)) \(try row.value(2, as: String.self))")
            }
            let copied = Set(CopiedTable.all.flatMap { table in
                table.columns.map { "\(table.postgresName).\($0.name.lowercased()) \(Self.type($0.kind))" }
            })
            #expect(copied == onServer, "only copied: \(copied.subtracting(onServer).sorted()); only on the server: \(onServer.subtracting(copied).sorted())")
        }
    }

    @Test func aValueTheColumnCannotHoldStopsTheCopyNamingTableRowAndColumn() async throws {
        let file = try Self.sqliteFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        try await file.database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO post (id, sourceID, stableID, text, textSHA256, firstSeen, lastSeen)
                VALUES (7, 's', 'p7', 'teks', 'x', '2026-11-20 00:00:00.000', '2026-11-20 00:00:00.000');
                INSERT INTO engagement (postID, at, views) VALUES (7, '2026-11-20 00:00:00.000', 'banyak sekali')
                """)
        }
        try await PostgresTestServer.withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            do {
                _ = try await store.importSQLite(file.database, replace: false)
                Issue.record("text in a number column was copied")
            } catch {
                guard case let PostgresStoreError.cannotCopy(server, reason) = error else { throw error }
                #expect(server == store.server && reason.contains("table engagement, row 1, column views"), "\(reason)")
            }
            // The post went first, then the whole transaction (its migrations too) was undone.
            #expect(try await store.appliedMigrations().isEmpty, "the target was left as it was")
            await store.close()
        }
    }

    @Test func aDatabaseOfANewerBuildIsNotCopiedHalf() async throws {
        let file = try Self.sqliteFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        try await file.database.writer.write { try $0.execute(sql: "CREATE TABLE postTranslation (postID INTEGER, text TEXT)") }
        try await PostgresTestServer.withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            do {
                _ = try await store.importSQLite(file.database, replace: false)
                Issue.record("a database with a table this build does not know was copied")
            } catch {
                #expect("\(error)".contains("the SQLite database has a table postTranslation that this build does not copy"))
            }
            let migrated = try await store.appliedMigrations()
            #expect(migrated.isEmpty, "the target was left as it was, unmigrated")
            await store.close()
        }
    }

    @Test func rowsWrittenToSQLiteDuringTheCopyAreNeitherCopiedNorCounted() async throws {
        let file = try Self.sqliteFile()
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        let database = file.database
        try await database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO source (id, unitID, platform, kind, url) VALUES ('s', 'u', 'website', 'feed', 'https://s.example/feed');
                \(Self.post(1))
                """)
        }
        try await PostgresTestServer.withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            let crawled = Mutex(false)
            // A crawl saves a post while the sources are being copied, before the posts are read.
            let counts = try await store.importSQLite(database, replace: false) { _ in
                guard crawled.withLock({ done in defer { done = true }; return !done }) else { return }
                try? database.writer.write { db in try db.execute(sql: Self.post(2)) }
            }
            #expect(crawled.withLock { $0 })
            #expect(counts.first { $0.table == "post" } == TableCount(table: "post", sqlite: 1, postgres: 1))
            #expect(try await database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post") } == 2)
            await store.close()
        }
    }

    static func post(_ id: Int) -> String {
        """
        INSERT INTO post (id, sourceID, stableID, text, textSHA256, firstSeen, lastSeen)
        VALUES (\(id), 's', 'p\(id)', 'teks', 'x', '2026-11-20 00:00:00.000', '2026-11-20 00:00:00.000');
        """
    }

    /// A new SQLite file in the temporary folder.
    static func sqliteFile() throws -> (path: String, database: AppDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-import-\(UUID().uuidString).sqlite").path
        return (path, try AppDatabase(path: path))
    }

    static func type(_ kind: CopiedTable.Kind) -> String {
        switch kind {
        case .text: "text"
        case .integer: "bigint"
        case .real: "double precision"
        case .boolean: "boolean"
        }
    }
}
