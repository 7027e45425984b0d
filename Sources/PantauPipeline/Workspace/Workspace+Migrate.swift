import Foundation
import PantauModel
import PantauStore

/// What `pantau migrate` did.
public struct MigrationResult: Sendable, Codable, Hashable {
    /// The store, without credentials ("postgres://host:5432/db" or the SQLite path).
    public var store: String
    /// The migrations applied now, in order (empty: the schema was up to date).
    public var applied: [String]
    /// Every migration the store has recorded, in order.
    public var recorded: [String]
}

extension Workspace {
    /// Brings the schema of the store at `database` (else the registry's `database` setting) up to date
    /// and says which migrations ran. PostgreSQL: run under an advisory lock, so it is safe while
    /// workers start. SQLite migrates whenever it is opened, so it is only opened here (an SQLite file
    /// named explicitly must exist unless `create`).
    public static func migrate(registry folder: String, database: DatabaseLocation? = nil, create: Bool = false) async throws
        -> MigrationResult {
        let location = try database ?? location(setting: loadRegistry(folder).settings.database)
        switch location {
        case .sqlite:
            let store = try openStore(location, mustExist: database != nil && !create)
            let recorded = try (store as? AppDatabase)?.appliedMigrations() ?? []
            return MigrationResult(store: location.description, applied: [], recorded: recorded)
        case let .postgres(url):
            let store = try await PostgresStore(url: url)
            do {
                let applied = try await store.migrate()
                let recorded = try await store.appliedMigrations()
                await store.close()
                return MigrationResult(store: store.server, applied: applied, recorded: recorded)
            } catch {
                await store.close()
                throw error
            }
        }
    }
}
