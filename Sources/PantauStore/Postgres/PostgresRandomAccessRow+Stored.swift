import Foundation
import GRDB
import PostgresNIO

/// Columns read as `AppDatabase` reads the same columns from SQLite, so that both stores give the
/// same values to the bit. Dates are the same text on both (`StorageDate`); SQLite's code reads
/// some with `StorageDate.parse` and others through GRDB, whose calendar arithmetic can differ from
/// it in the last bit of a `Date`, so each column is read here the way `AppDatabase` reads it.
extension PostgresRandomAccessRow {
    /// Column `index` as `T` (`T?` reads NULL as nil).
    func get<T: PostgresDecodable>(_ index: Int, _ type: T.Type = T.self) throws -> T {
        try self[index].decode(T.self, context: .default)
    }

    /// A stored date as `AppDatabase`'s fast path reads it: `StorageDate.parse`, else GRDB.
    func storedDate(_ index: Int) throws -> Date? {
        try get(index, String?.self).flatMap(PostgresStoredDate.fast)
    }

    /// A stored date as GRDB decodes it (`Date` columns of records, `row["at"]`, `Date.fetchOne`).
    func grdbDate(_ index: Int) throws -> Date? {
        try get(index, String?.self).flatMap(PostgresStoredDate.grdb)
    }
}

/// The two ways `AppDatabase` turns a stored date text into a `Date` (see `PostgresRandomAccessRow`).
enum PostgresStoredDate {
    /// `StorageDate.parse`, else GRDB (as `AppDatabase.date(_:_:)`).
    static func fast(_ text: String) -> Date? { StorageDate.parse(text) ?? grdb(text) }

    /// As GRDB decodes a text column into a `Date`.
    static func grdb(_ text: String) -> Date? { Date.fromDatabaseValue(text.databaseValue) }
}
