import Foundation
import PantauModel
import PantauStore
import PostgresNIO
import Testing

/// The PostgreSQL server of `PANTAU_TEST_POSTGRES_URL` (unset: these tests do not run, and their
/// `.enabled(if:)` says why). Each test gets its own database, `pantau_test_<random>`, dropped after.
enum PostgresTestDatabase {
    static let url: String? = {
        guard let u = ProcessInfo.processInfo.environment["PANTAU_TEST_POSTGRES_URL"], !u.isEmpty else { return nil }
        return u
    }()

    static var enabled: Bool { url != nil }

    static let skipReason: Comment = "PANTAU_TEST_POSTGRES_URL is not set: no PostgreSQL server to test against"

    /// Runs `body` with the URL of a new, empty database, dropped afterwards (also when `body` throws).
    static func withFreshDatabase<R: Sendable>(_ body: (Secret) async throws -> R) async throws -> R {
        let admin = try await PostgresStore(url: Secret(url ?? ""))
        // Hex digits made here: nothing from outside reaches these statements.
        let name = "pantau_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        try await admin.execute(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        var parts = URLComponents(string: url ?? "")!
        parts.path = "/" + name
        let result: Result<R, any Error>
        do { result = .success(try await body(Secret(parts.string!))) } catch { result = .failure(error) }
        try? await admin.execute(PostgresQuery(unsafeSQL: "DROP DATABASE \(name) WITH (FORCE)"))
        await admin.close()
        return try result.get()
    }
}
