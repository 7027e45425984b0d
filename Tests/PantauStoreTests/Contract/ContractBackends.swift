import Foundation
import PantauModel
import PantauStore
import Testing

/// One store implementation the contract suite runs on: how to make an empty store, and how to
/// throw it away afterwards (each test gets its own).
struct ContractBackend: Sendable, CustomTestStringConvertible {
    /// Shown in the test's name, e.g. "SQLite".
    let name: String
    /// A new, empty, migrated store.
    let make: @Sendable () async throws -> any WorkspaceStore & CrawlStorage
    /// Removes what `make` created (the file, the schema), given the store it returned.
    let cleanup: @Sendable (any WorkspaceStore & CrawlStorage) async throws -> Void

    var testDescription: String { name }

    /// Runs `body` on a new store and throws the store away afterwards, also when `body` throws.
    func withStore(_ body: (any WorkspaceStore & CrawlStorage) async throws -> Void) async throws {
        let store = try await make()
        do {
            try await body(store)
        } catch {
            try? await cleanup(store)
            throw error
        }
        try await cleanup(store)
    }
}

/// Every backend the contract suite runs on.
enum ContractBackends {
    // PostgreSQL: see ContractBackends+Postgres.swift (empty until the PostgreSQL store is merged;
    // its backends run only where PANTAU_TEST_POSTGRES_URL is set).
    static let all: [ContractBackend] = [sqlite] + postgresBackends

    /// `AppDatabase` on a file in its own temporary directory (a pool, as `pantau` opens it).
    static let sqlite = ContractBackend(
        name: "SQLite",
        make: {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-contract-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return try AppDatabase(path: dir.appendingPathComponent("pantau.sqlite").path)
        },
        cleanup: { store in
            guard let db = store as? AppDatabase else { return }
            try FileManager.default.removeItem(atPath: URL(fileURLWithPath: db.writer.path).deletingLastPathComponent().path)
        })
}
