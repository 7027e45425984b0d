import Foundation
import PantauModel
import PantauStore

extension Workspace {
    /// Copies this workspace's SQLite database into the PostgreSQL database `target` (`pantau export`):
    /// the target is migrated, every table copied with its ids, the id sequences set past them, and
    /// the rows counted on both sides, all in one transaction (any failure leaves the target as it
    /// was). A target that holds data is refused unless `replace`, which empties it first.
    /// `progress` draws a line on a terminal while it copies.
    public func export(to target: DatabaseLocation, replace: Bool = false, progress: Bool = false) async throws -> ExportResult {
        guard let source = store as? AppDatabase else { throw WorkspaceError.exportNeedsSQLite(store: location.description) }
        guard case let .postgres(url) = target else { throw WorkspaceError.exportNeedsPostgres }
        let started = Date()
        let postgres = try await PostgresStore(url: url, maximumConnections: 2)
        let bar = ExportProgress(enabled: progress)
        let tables: [TableCount]
        do {
            tables = try await postgres.importSQLite(source, replace: replace) { step in bar.show(step) }
            bar.finish()
        } catch {
            bar.finish()
            await postgres.close()
            throw error
        }
        await postgres.close()
        return ExportResult(from: location.description, to: postgres.server, tables: tables,
                            seconds: Date().timeIntervalSince(started))
    }
}
