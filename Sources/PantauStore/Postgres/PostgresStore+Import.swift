import Foundation
import GRDB
import PostgresNIO

extension PostgresStore {
    /// Rows per page read from SQLite and sent to PostgreSQL.
    static let copyPageRows = 5_000

    /// Copies everything `database` (SQLite) holds into this PostgreSQL database (`pantau export`):
    /// every table in foreign-key order with its ids kept (`CopiedTable.all`; users, sessions and API
    /// tokens, which are digests, and alert state and history too), then sets each id sequence past
    /// the highest id SQLite ever gave, so new rows get new ids, and analyzes the tables for the
    /// planner. The SQLite side is read from one snapshot, a page at a time, and sent with
    /// `COPY … FROM STDIN`.
    ///
    /// All in one transaction, which also migrates the target: a failure leaves the database as it
    /// was. A target that already holds rows is refused (`notEmpty`) unless `replace`, which empties
    /// it first in the same transaction. Before committing, every table is counted on both sides:
    /// a difference undoes the copy (`countsDiffer`). Returns the counts, in copy order.
    public func importSQLite(_ database: AppDatabase, replace: Bool, at now: Date = Date(),
                             progress: @Sendable (CopyStep) -> Void = { _ in }) async throws(PostgresStoreError) -> [TableCount] {
        let source: SQLiteCopySource
        let counts: [String: Int]
        do {
            source = try SQLiteCopySource(database)
            if let problem = try source.schemaProblem() { throw PostgresStoreError.cannotCopy(server: server, reason: problem) }
            counts = try source.counts()
        } catch { throw copyError(error) }
        let total = counts.values.reduce(0, +)
        do {
            let copiedCounts = try await withTransaction { conn in
                _ = try await Self.migrate(on: conn, at: now)
                try await self.prepareTarget(conn, replace: replace)
                var copied = 0
                for table in CopiedTable.all {
                    do {
                        try await Self.copy(table, from: source, on: conn) { rows in
                            copied += rows
                            progress(CopyStep(table: table.name, copied: copied, total: total))
                        }
                    } catch { throw self.copyError(error) }
                }
                try await Self.settle(conn, source)
                return try await self.compare(counts, conn)
            }
            await noteDataChanged()  // a dashboard on a replaced database builds anew
            return copiedCounts
        } catch { throw copyError(error) }
    }

    /// Sets each id sequence past the highest id SQLite gave, and gives the planner its statistics
    /// for the new rows now, not when autovacuum comes by.
    private static func settle(_ conn: PostgresConnection, _ source: SQLiteCopySource) async throws {
        for table in CopiedTable.all where table.serial {
            let next = try source.highestID(of: table) + 1
            try await conn.run(PostgresQuery(unsafeSQL: "SELECT setval(pg_get_serial_sequence('\(table.postgresName)', 'id'), $1, false)",
                                             binds: binds(next)))
        }
        let names = CopiedTable.all.map { "\"\($0.postgresName)\"" }.joined(separator: ", ")
        try await conn.run(PostgresQuery(unsafeSQL: "ANALYZE \(names)"))
    }

    /// Takes the tables for this transaction, and refuses them when they hold rows (`replace`: empties them).
    private func prepareTarget(_ conn: PostgresConnection, replace: Bool) async throws {
        let names = CopiedTable.all.map { "\"\($0.postgresName)\"" }.joined(separator: ", ")
        if replace {
            try await conn.run(PostgresQuery(unsafeSQL: "TRUNCATE \(names) RESTART IDENTITY"))
            return
        }
        // Writers wait until this transaction ends; nobody adds a row between the look and the copy.
        try await conn.run(PostgresQuery(unsafeSQL: "LOCK TABLE \(names) IN EXCLUSIVE MODE"))
        var full: [String] = []
        for table in CopiedTable.all {
            let rows = try await conn.rows(PostgresQuery(unsafeSQL: "SELECT EXISTS (SELECT 1 FROM \"\(table.postgresName)\")"))
            if try rows.first?.value(0, as: Bool.self) == true { full.append(table.name) }
        }
        if !full.isEmpty { throw PostgresStoreError.notEmpty(server: server, tables: full) }
    }

    /// Sends `table` a page at a time, calling `copied` with the rows of each page.
    private static func copy(_ table: CopiedTable, from source: SQLiteCopySource, on conn: PostgresConnection,
                             copied: (Int) -> Void) async throws {
        var after = Int64.min
        try await conn.copyFrom(table: table.postgresName, columns: table.columns.map { $0.name.lowercased() }, logger: quiet) { writer in
            while true {
                let page = try source.page(of: table, after: after, limit: copyPageRows)
                guard page.rows > 0 else { return }
                try await writer.write(ByteBuffer(bytes: page.bytes))
                copied(page.rows)
                after = page.lastRowID
            }
        }
    }

    /// The counts of both sides, in copy order; throws `countsDiffer` at the first table that differs.
    private func compare(_ sqlite: [String: Int], _ conn: PostgresConnection) async throws -> [TableCount] {
        var result: [TableCount] = []
        for table in CopiedTable.all {
            let rows = try await conn.rows(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \"\(table.postgresName)\""))
            let count = TableCount(table: table.name, sqlite: sqlite[table.name] ?? 0, postgres: try rows.first?.value(0, as: Int.self) ?? 0)
            if count.sqlite != count.postgres {
                throw PostgresStoreError.countsDiffer(server: server, table: table.name, sqlite: count.sqlite, postgres: count.postgres)
            }
            result.append(count)
        }
        return result
    }

    private static func binds(_ value: Int64) -> PostgresBindings {
        var binds = PostgresBindings()
        binds.append(value)
        return binds
    }

    /// `error` said for this server: a value SQLite holds that cannot be copied names its table, row
    /// and column; an SQLite read error says so.
    private func copyError(_ error: any Error) -> PostgresStoreError {
        switch error {
        case let e as CopyRefusal:
            .cannotCopy(server: server, reason: "table \(e.table), row \(e.row), column \(e.column): \(e.reason)")
        case let e as DatabaseError:
            .cannotCopy(server: server, reason: "reading the SQLite database: \(e.message ?? e.description)")
        default: wrap(error)
        }
    }
}
