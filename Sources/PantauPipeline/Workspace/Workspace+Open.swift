import Foundation
import Logging
import PantauModel
import PantauRegistry
import PantauStore

extension Workspace {
    /// Loads the registry in `folder` and opens the SQLite store at `database`, or the registry's own
    /// `database` setting when nil (created on first use); `connect` opens PostgreSQL too. An SQLite file named explicitly must
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

    /// `open` for every store: loads the registry in `folder` and opens the store at `database`, or the
    /// registry's `database` setting when nil. A PostgreSQL server is connected to (an error when it
    /// does not answer or refuses the credentials, naming it without them) and its schema migrated;
    /// an SQLite file is opened as `open` does.
    public static func connect(registry folder: String, database: DatabaseLocation? = nil, create: Bool = false,
                               logger: Logger = Workspace.silentLogger) async throws -> Workspace {
        let registry = try loadRegistry(folder)
        let location = database ?? location(setting: registry.settings.database)
        let store: any WorkspaceStore
        switch location {
        case .sqlite: store = try openStore(location, mustExist: database != nil && !create)
        case let .postgres(url): store = try await openPostgres(url)
        }
        return Workspace(registry: registry, registryFolder: folder, location: location, store: store,
                         warnings: registryWarnings(folder), logger: logger)
    }

    /// The store `database:` in _settings.yaml names: a postgres:// URL (its password never there:
    /// the registry refuses one), else an SQLite file.
    static func location(setting: String) -> DatabaseLocation {
        DatabaseLocation.isPostgresURL(setting) ? .postgres(url: Secret(setting)) : .sqlite(path: setting)
    }

    /// Connects to the server `url` names and brings its schema up to date.
    public static func openPostgres(_ url: Secret) async throws -> PostgresStore {
        let store = try await PostgresStore(url: url)
        do { try await store.migrate() } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Whether `error` says the store's server did not answer (worth trying again later).
    public static func storeDoesNotAnswer(_ error: any Error) -> Bool {
        (error as? PostgresStoreError)?.isTransient == true
    }

    /// Ends what the store holds open (a PostgreSQL client's connections); SQLite needs nothing.
    public func close() async {
        if let postgres = store as? PostgresStore { await postgres.close() }
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
            // Connecting is asynchronous: `connect` opens PostgreSQL.
            throw WorkspaceError.storeNotAvailable("PostgreSQL through Workspace.open (use Workspace.connect)")
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
