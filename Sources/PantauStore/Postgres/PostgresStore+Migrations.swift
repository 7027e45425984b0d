import Foundation
import PostgresNIO

extension PostgresStore {
    /// The names of every migration this build knows, in order (`PostgresSchema.migrations`).
    public static var migrationNames: [String] { PostgresSchema.migrations.map(\.name) }

    /// Brings the schema up to date and returns the names of the migrations applied now (empty when it
    /// already was). All run in one transaction, each recorded by its row in `pantau_migrations`, under
    /// `pg_advisory_xact_lock`, so workers starting together migrate once: the others wait for the
    /// lock, then find the rows and apply nothing. (PostgreSQL's DDL is transactional: a migration
    /// that fails leaves nothing half done.)
    @discardableResult
    public func migrate(at now: Date = Date()) async throws(PostgresStoreError) -> [String] {
        do {
            return try await withTransaction { conn in try await Self.migrate(on: conn, at: now) }
        } catch { throw migrationError(error) }
    }

    /// `migrate()`'s work on the connection of a transaction the caller holds (the export migrates
    /// its target in the transaction that copies, so that a failure leaves nothing behind).
    static func migrate(on conn: PostgresConnection, at now: Date) async throws -> [String] {
        try await conn.run("SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
        try await conn.run("""
            CREATE TABLE IF NOT EXISTS pantau_migrations (name TEXT PRIMARY KEY, appliedAt TEXT NOT NULL)
            """)
        let done = Set(try await conn.rows("SELECT name FROM pantau_migrations").map { try $0.value(0, as: String.self) })
        var applied: [String] = []
        for migration in PostgresSchema.migrations where !done.contains(migration.name) {
            for statement in migration.statements { try await conn.run(PostgresQuery(unsafeSQL: statement)) }
            try await conn.run("""
                INSERT INTO pantau_migrations (name, appliedAt) VALUES (\(migration.name), \(StorageDate.text(now)))
                """)
            applied.append(migration.name)
        }
        return applied
    }

    /// The migrations recorded in the database, in the order this build lists them (unknown ones,
    /// from a newer build, after them by name).
    public func appliedMigrations() async throws(PostgresStoreError) -> [String] {
        do {
            let exists = try await query("SELECT to_regclass('pantau_migrations') IS NOT NULL")
            guard try exists.first?.value(0, as: Bool.self) == true else { return [] }
            let rows = try await query("SELECT name FROM pantau_migrations")
            let names = Set(try rows.map { try $0.value(0, as: String.self) })
            return Self.migrationNames.filter(names.contains) + names.subtracting(Self.migrationNames).sorted()
        } catch { throw wrap(error) }
    }

    /// The key of the advisory lock migrations run under ("pantau" in ASCII).
    static let migrationLock: Int64 = 0x7061_6e74_6175

    private func migrationError(_ error: any Error) -> PostgresStoreError {
        let e = wrap(error)
        switch e {
        case let .query(server, reason): return .migration(server: server, reason: reason)
        default: return e
        }
    }
}
