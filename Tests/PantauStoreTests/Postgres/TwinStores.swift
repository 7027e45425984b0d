import Foundation
import PantauModel
@testable import PantauStore
import PostgresNIO
import Testing

/// The same data in both stores: an in-memory SQLite `AppDatabase` and a `PostgresStore` on a new
/// database of its own (`pantau_q_<random>`), dropped afterwards. Tests write through the seam to
/// both and compare the answers, which must be equal value for value.
///
/// Needs PANTAU_TEST_POSTGRES_URL (a server where that user may create databases); without it the
/// suites that use this are disabled and say so. The new database orders text as ICU's en-US does
/// when the server has ICU ("a" before "B"), unlike SQLite's bytes, so a query that forgot
/// `COLLATE "C"` gives a different answer here.
struct TwinStores {
    /// SQLite, reached through the seam as a Workspace reaches it.
    let sqlite: any WorkspaceStore & CrawlStorage
    let postgres: PostgresStore

    /// The server URL from the environment, nil when unset or empty.
    static let url: String? = ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static var configured: Bool { url != nil }
    static let skipReason: Comment = "PANTAU_TEST_POSTGRES_URL is not set: nothing is run against PostgreSQL"

    /// Runs `body` on two new stores, then drops the PostgreSQL database (also when `body` throws).
    static func with(_ body: (TwinStores) async throws -> Void) async throws {
        guard let url else { return }
        let admin = try await PostgresStore(url: Secret(url), maximumConnections: 2)
        let name = "pantau_q_" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        do {
            try await admin.execute(PostgresQuery(unsafeSQL: """
                CREATE DATABASE \(name) TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C'
                """))
        } catch {
            try await admin.execute(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        }
        var outcome: (any Error)?
        do {
            guard var parts = URLComponents(string: url) else { throw StoreError.query("PANTAU_TEST_POSTGRES_URL is not a URL") }
            parts.path = "/" + name
            let postgres = try await PostgresStore(url: Secret(parts.string ?? url), maximumConnections: 4)
            do {
                try await postgres.migrate()
                try await body(TwinStores(sqlite: try AppDatabase.inMemory(), postgres: postgres))
            } catch { outcome = error }
            await postgres.close()
        } catch { outcome = error }
        try await admin.execute(PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        await admin.close()
        if let outcome { throw outcome }
    }

    /// Runs the same write on both stores.
    func both(_ write: (any WorkspaceStore & CrawlStorage) async throws -> Void) async throws {
        try await write(sqlite)
        try await write(postgres)
    }

    /// Asks both stores the same question: (SQLite's answer, PostgreSQL's answer).
    func ask<T>(_ question: (any WorkspaceStore & CrawlStorage) async throws -> T) async throws -> (sqlite: T, postgres: T) {
        (try await question(sqlite), try await question(postgres))
    }
}
