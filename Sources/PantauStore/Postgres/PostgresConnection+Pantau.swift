import Foundation
import PostgresNIO

/// Helpers for the statements of a `PostgresStore` transaction (see `PostgresStore.withTransaction`).
/// They throw PostgresNIO's errors; `withTransaction` turns them into `PostgresStoreError`.
extension PostgresConnection {
    /// Runs one statement and reads all its rows.
    public func rows(_ q: PostgresQuery) async throws -> [PostgresRow] {
        var out: [PostgresRow] = []
        for try await row in try await query(q, logger: PostgresStore.quiet) { out.append(row) }
        return out
    }

    /// Runs one statement whose rows are not wanted.
    public func run(_ q: PostgresQuery) async throws {
        _ = try await rows(q)
    }

    /// Runs `body` inside a savepoint: when it throws, what it wrote is rolled back alone and the
    /// transaction goes on; the error is handed back as the result.
    public func savepoint<R: Sendable>(_ body: () async throws -> R) async throws -> Result<R, any Error> {
        try await run("SAVEPOINT pantau_item")
        do {
            let value = try await body()
            try await run("RELEASE SAVEPOINT pantau_item")
            return .success(value)
        } catch {
            try await run("ROLLBACK TO SAVEPOINT pantau_item")
            try await run("RELEASE SAVEPOINT pantau_item")
            return .failure(error)
        }
    }
}

extension PostgresRow {
    /// Column `index` decoded as `T` (an optional `T?` reads NULL as nil).
    public func value<T: PostgresDecodable>(_ index: Int, as type: T.Type = T.self) throws -> T {
        try makeRandomAccess()[index].decode(T.self, context: .default)
    }

    /// Column `index`, a date stored as text by `StorageDate`, or nil (NULL or another shape), read
    /// as GRDB reads it: the crawl state, quarantines and earliest due time that `AppDatabase` reads
    /// through GRDB, whose `Date` can differ from `StorageDate.parse`'s in the last bit.
    public func date(_ index: Int) throws -> Date? {
        guard let text = try value(index, as: String?.self) else { return nil }
        return PostgresStoredDate.grdb(text)
    }
}

/// The text a date is stored as on PostgreSQL, as on SQLite: bind `PostgresDate.text(d)`.
public enum PostgresDate {
    /// "yyyy-MM-dd HH:mm:ss.SSS" UTC, the text SQLite stores for `date`.
    public static func text(_ date: Date) -> String { StorageDate.text(date) }
    /// The same for an optional date (NULL for nil).
    public static func text(_ date: Date?) -> String? { date.map(StorageDate.text) }
}
