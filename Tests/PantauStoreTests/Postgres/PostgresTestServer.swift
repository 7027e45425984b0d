import Foundation
import PantauModel
import PantauStore
import PostgresNIO
import Testing

/// The PostgreSQL server the tests may use: `PANTAU_TEST_POSTGRES_URL` (e.g.
/// postgres://pantau@127.0.0.1:54329/postgres), a user allowed to create databases. Unset: the tests
/// that need it do not run (their `.enabled(if:)` says so). Each test gets a database of its own,
/// `pantau_test_<random>`, dropped afterwards, so tests run in parallel.
enum PostgresTestServer {
    static let url: String? = {
        guard let u = ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"], !u.isEmpty else { return nil }
        return u
    }()

    /// Whether a server was given.
    static var enabled: Bool { url != nil }

    /// Why PostgreSQL tests are skipped.
    static let skipReason: Comment = "PANTAU_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against"

    /// `url` with its database replaced by `database`.
    static func url(database: String) -> Secret {
        var parts = URLComponents(string: url ?? "")!
        parts.path = "/" + database
        return Secret(parts.string!)
    }

    /// Runs `body` with the URL of a new, empty database, dropped afterwards (also when `body` throws).
    static func withFreshDatabase<R: Sendable>(_ body: (Secret) async throws -> R) async throws -> R {
        let admin = try await PostgresStore(url: Secret(url ?? ""))
        let name = "pantau_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        // The name is made here of hex digits: nothing from outside reaches this statement.
        try await admin.execute(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        do {
            let result = try await body(url(database: String(name)))
            try await admin.execute(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
            await admin.close()
            return result
        } catch {
            try? await admin.execute(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
            await admin.close()
            throw error
        }
    }

    /// Runs `body` with a migrated store on a new database (closed and dropped afterwards).
    static func withStore<R: Sendable>(_ body: (PostgresStore) async throws -> R) async throws -> R {
        try await withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            do {
                try await store.migrate()
                let result = try await body(store)
                await store.close()
                return result
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
