import Foundation
import GRDB

/// The one SQLite file Pantau keeps: owns the writer and runs the append-only migrations.
public struct AppDatabase: Sendable {
    public let writer: any DatabaseWriter

    /// Opens (creating if needed) the database file and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        do {
            var config = Configuration()
            config.busyMode = .timeout(10)
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -16384")
                // Sub-journals of savepoints and statements in memory, not in temp files (one write(2)
                // per page otherwise); they hold one source's pages at a time, see `save(_:releasingLeasesOf:)`.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
            }
            let pool = try DatabasePool(path: path, configuration: config)
            try self.init(pool)
        } catch let e as StoreError {
            throw e
        } catch {
            throw .cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// An in-memory database, for tests.
    public static func inMemory() throws(StoreError) -> AppDatabase {
        do { return try AppDatabase(DatabaseQueue()) } catch let e as StoreError { throw e } catch {
            throw .cannotOpen(path: ":memory:", reason: "\(error)")
        }
    }

    init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        do {
            try Self.migrator.migrate(writer)
        } catch {
            throw StoreError.migration("\(error)")
        }
    }

    /// The migrations recorded in the file, in order (all of them once it is open: opening migrates).
    public func appliedMigrations() throws -> [String] {
        let migrator = Self.migrator
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        return migrator.migrations.filter(applied.contains)
    }

    /// Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }
}

/// Something went wrong with the database; the message says what and where.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case migration(String)
    case query(String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): "cannot open database \(path): \(reason)"
        case let .migration(m): "cannot update the database schema: \(m)"
        case let .query(m): "database error: \(m)"
        }
    }
}
