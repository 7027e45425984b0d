import Foundation
import PantauModel
import PantauStore

/// PLACEHOLDER until issue-14w's Workspace is merged: a registry and its database.
public struct Workspace: Sendable {
    public let registry: Registry
    public let database: AppDatabase
    public var zone: TimeZone

    public init(registry: Registry, database: AppDatabase) {
        self.registry = registry
        self.database = database
        self.zone = TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta
    }
}

extension Workspace {
    /// PLACEHOLDER: opens (creating) the SQLite file at `path`.
    public static func open(registry: Registry, sqlitePath path: String) throws -> Workspace {
        Workspace(registry: registry, database: try AppDatabase(path: path))
    }

    /// PLACEHOLDER: `pantau import`.
    @discardableResult
    public func importCSV(path: String, now: Date) throws -> CSVImport.Summary {
        try CSVImport.run(path: path, registry: registry, database: database, now: now)
    }
}
