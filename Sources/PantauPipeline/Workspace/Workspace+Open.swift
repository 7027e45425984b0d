import Foundation
import Logging
import PantauModel
import PantauRegistry
import PantauStore

extension Workspace {
    /// Loads the registry in `folder` and opens the store at `database`, or the registry's own
    /// `database` setting when nil (created on first use). An SQLite file named explicitly must
    /// exist unless `create` is true: a mistyped path would otherwise look like a silent registry.
    /// A missing folder is named. A broken registry stops with every problem listed.
    public static func open(registry folder: String, database: DatabaseLocation? = nil, create: Bool = false,
                            logger: Logger = Workspace.silentLogger) throws -> Workspace {
        let registry = try loadRegistry(folder)
        let location = database ?? .sqlite(path: registry.settings.database)
        let store = try openStore(location, mustExist: database != nil && !create)
        return Workspace(registry: registry, registryFolder: folder, location: location, store: store,
                         warnings: registryWarnings(folder), logger: logger)
    }

    /// The registry in `folder`, validated whole.
    public static func loadRegistry(_ folder: String) throws(RegistryError) -> Registry {
        try RegistryLoader.load(directory: folder)
    }

    /// Files in `folder` that look like unit files but are not read (also when the registry does not load).
    public static func registryWarnings(_ folder: String) -> [RegistryWarning] {
        RegistryLoader.strayFiles(directory: folder).map { RegistryWarning(file: $0.file, rename: $0.rename) }
    }

    /// Opens a store. The only place that names a backend.
    static func openStore(_ location: DatabaseLocation, mustExist: Bool) throws -> any WorkspaceStore {
        switch location {
        case let .sqlite(path):
            return try openSQLite(path, mustExist: mustExist)
        case .postgres:
            throw WorkspaceError.storeNotAvailable("PostgreSQL")
        }
    }

    static func openSQLite(_ path: String, mustExist: Bool) throws -> AppDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw WorkspaceError.databaseFolderMissing(folder: folder, path: path)
        }
        if mustExist, !FileManager.default.fileExists(atPath: path) { throw WorkspaceError.databaseMissing(path: path) }
        return try AppDatabase(path: path)
    }
}
