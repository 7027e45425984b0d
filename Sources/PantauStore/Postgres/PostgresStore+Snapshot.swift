import Foundation
import PostgresNIO

extension PostgresStore {
    /// Runs `body` in one read-only REPEATABLE READ transaction: every statement of it sees the same
    /// data, as the queries of one SQLite read do. Errors come out as `PostgresStoreError`.
    func snapshot<R: Sendable>(_ body: (PostgresConnection) async throws -> R) async throws(PostgresStoreError) -> R {
        try await withTransaction { conn in
            try await conn.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return try await body(conn)
        }
    }
}

extension PostgresConnection {
    /// Runs one statement and hands its rows to `body` one at a time as they arrive (a large table is
    /// never held whole in memory).
    func forEachRow(_ q: PostgresQuery, _ body: (PostgresRow) throws -> Void) async throws {
        for try await row in try await query(q, logger: PostgresStore.quiet) { try body(row) }
    }
}

extension PostgresStore {
    /// Reads rows with `body`; a column that does not decode is a `PostgresStoreError` naming the server.
    func decoded<R>(_ body: () throws -> R) throws(PostgresStoreError) -> R {
        do { return try body() } catch { throw wrap(error) }
    }
}
