import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import PostgresNIO
import Testing

/// `pantau export`: the SQLite database copied into PostgreSQL gives the same counts and the same
/// answers; a target with data is refused unless replaced; ids go on past the copied ones; a
/// failure keeps nothing; a password in the URL is never said.
@Suite(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
struct PostgresExportTests {
    @Test func theCopyHasEveryRowAndGivesByteIdenticalReportAlertsAndEvidence() async throws {
        let f = try await ExportFixture.make()
        defer { f.remove() }
        let sqliteAnswers = try await PostgresDemoAgreementTests.answers(registry: f.registry, store: f.database,
                                                                         location: .sqlite(path: f.path))
            .merging(try await StoredAnswers.of(f.database)) { a, _ in a }
        try await PostgresTestDatabase.withFreshDatabase { url in
            let result = try await f.workspace.export(to: .postgres(url: url))
            #expect(result.tables.map(\.table) == ["source", "run", "fetch", "post", "engagement", "match", "postImport",
                                                    "parseWatch", "channelState", "alertState", "alertEvent", "account",
                                                    "accountSession", "apiToken", "loginAttempt", "alertAck"])
            for count in result.tables {
                #expect(count.sqlite == (try f.rows(count.table == "fetch" ? "\"fetch\"" : count.table)), "\(count.table) as SQLite counts it")
                #expect(count.sqlite > 0 && count.postgres == count.sqlite, "\(count.table): \(count.sqlite) / \(count.postgres)")
            }
            #expect(result.from == f.path && result.to.hasPrefix("postgres://") && !result.to.contains("@"))
            let postgres = try await Workspace.openPostgres(url)
            let pgAnswers = try await PostgresDemoAgreementTests.answers(registry: f.registry, store: postgres,
                                                                         location: .postgres(url: url))
                .merging(try await StoredAnswers.of(postgres)) { a, _ in a }
            await postgres.close()
            #expect(pgAnswers.keys.sorted() == sqliteAnswers.keys.sorted())
            for (name, text) in sqliteAnswers {
                #expect(text.count > 20, "\(name) says something")
                #expect(pgAnswers[name] == text, "\(name) differs between the SQLite file and its PostgreSQL copy")
            }
        }
    }

    @Test func aSecondExportIsRefusedAndLeavesTheTargetAsItWasUntilReplaceIsGiven() async throws {
        let f = try await ExportFixture.make()
        defer { f.remove() }
        try await PostgresTestDatabase.withFreshDatabase { url in
            let first = try await f.workspace.export(to: .postgres(url: url))
            try f.database.recordLoginAttempt(name: "budi", address: "10.0.0.9", at: f.clock, succeeded: true)
            do {
                _ = try await f.workspace.export(to: .postgres(url: url))
                Issue.record("a database holding data was written over without --replace")
            } catch let error as PostgresStoreError {
                guard case let .notEmpty(_, tables) = error else { throw error }
                #expect(tables.contains("post") && tables.contains("account"))
                #expect(ProblemText.text(error, .en).contains("--replace") && ProblemText.text(error, .id).contains("--replace"))
            }
            #expect(try await Self.counts(url) == first.tables.map(\.postgres), "the refused export changed nothing")
            let replaced = try await f.workspace.export(to: .postgres(url: url), replace: true)
            #expect(replaced.tables.first { $0.table == "loginAttempt" }?.postgres == (try f.rows("loginAttempt")))
            #expect(try await Self.counts(url) == replaced.tables.map(\.sqlite))
        }
    }

    @Test func rowsAddedAfterTheExportGetIdsPastEveryIdSQLiteGave() async throws {
        let f = try await ExportFixture.make()
        defer { f.remove() }
        try await PostgresTestDatabase.withFreshDatabase { url in
            _ = try await f.workspace.export(to: .postgres(url: url))
            let sqliteMax = try await f.database.writer.read { db in
                (post: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM post") ?? 0,
                 login: try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = 'loginAttempt'") ?? 0)
            }
            let postgres = try await Workspace.openPostgres(url)
            let ws = Workspace(registry: f.registry, location: .postgres(url: url), store: postgres)
            let csv = f.folder.appendingPathComponent("later.csv").path
            let tiktok = try #require(f.registry.sources.first { $0.platform == .tiktok })
            try "source,url,title,date,views\n\(tiktok.id),https://tiktok.example/v/10,Sesudah pindah,2026-11-20,50\n"
                .write(toFile: csv, atomically: true, encoding: .utf8)
            #expect(try await ws.importCSV(csv, now: f.clock).newPosts == 1)
            try await postgres.recordLoginAttempt(name: "ana", address: "10.0.0.7", at: f.clock, succeeded: true)
            let run = try await postgres.startRun(command: "crawl", at: f.clock)
            let ids = try await postgres.query("""
                SELECT (SELECT MAX(id) FROM post), (SELECT MAX(id) FROM loginattempt), (SELECT MAX(id) FROM run)
                """)
            await postgres.close()
            let row = try #require(ids.first)
            #expect(try row.value(0, as: Int64.self) == sqliteMax.post + 1, "the new post follows the copied ones")
            #expect(try row.value(1, as: Int64.self) == sqliteMax.login + 1, "an id SQLite gave to a deleted row is not given again")
            #expect(run == (try row.value(2, as: Int64.self)) && run > 1)
        }
    }

    @Test func aTableThatLosesRowsOnTheWayUndoesTheWholeCopy() async throws {
        let f = try await ExportFixture.make()
        defer { f.remove() }
        try await PostgresTestDatabase.withFreshDatabase { url in
            // Something on the server drops one row of "fetch" as it arrives.
            let target = try await Workspace.openPostgres(url)
            try await target.execute("""
                CREATE FUNCTION drop_first_fetch() RETURNS trigger AS $$
                BEGIN IF NEW.id = 1 THEN RETURN NULL; END IF; RETURN NEW; END $$ LANGUAGE plpgsql
                """)
            try await target.execute(#"CREATE TRIGGER drop_first BEFORE INSERT ON "fetch" FOR EACH ROW EXECUTE FUNCTION drop_first_fetch()"#)
            await target.close()
            let fetches = try f.rows("\"fetch\"")
            do {
                _ = try await f.workspace.export(to: .postgres(url: url))
                Issue.record("a copy with a table short of one row was kept")
            } catch let error as PostgresStoreError {
                guard case let .countsDiffer(_, table, sqlite, postgres) = error else { throw error }
                #expect(table == "fetch" && sqlite == fetches && postgres == fetches - 1)
                #expect(ProblemText.text(error, .en).contains("\(fetches)") && ProblemText.text(error, .id).contains("fetch"))
            }
            #expect(try await Self.counts(url).allSatisfy { $0 == 0 }, "nothing of the copy was kept")
        }
    }

    @Test func aPasswordInTheURLIsNeverSaid() async throws {
        let f = try await ExportFixture.make()
        defer { f.remove() }
        try await PostgresTestDatabase.withFreshDatabase { url in
            // The test server trusts its user: the password is sent along and never needed.
            var parts = try #require(URLComponents(string: url.reveal))
            parts.password = "s3cret-pw"
            let withPassword = Secret(parts.string!)
            let result = try await f.workspace.export(to: .postgres(url: withPassword))
            let encoder = JSONEncoder()
            #expect(!String(decoding: try encoder.encode(result), as: UTF8.self).contains("s3cret"))
            #expect(!"\(result)".contains("s3cret"))
            do {
                _ = try await f.workspace.export(to: .postgres(url: withPassword))
                Issue.record("the second export was not refused")
            } catch {
                for language in Language.allCases {
                    let text = ProblemText.text(error, language)
                    #expect(text.contains(result.to) && !text.contains("s3cret"), "\(text)")
                }
            }
        }
    }

    /// Rows per table of the database at `url`, in copy order.
    static func counts(_ url: Secret) async throws -> [Int] {
        let store = try await PostgresStore(url: url)
        var counts: [Int] = []
        for table in ["source", "run", "\"fetch\"", "post", "engagement", "match", "postImport", "parseWatch", "channelState",
                      "alertState", "alertEvent", "account", "accountSession", "apiToken", "loginAttempt", "alertAck"] {
            let rows = try await store.query(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(table)"))
            counts.append(try rows.first?.value(0, as: Int.self) ?? 0)
        }
        await store.close()
        return counts
    }
}
