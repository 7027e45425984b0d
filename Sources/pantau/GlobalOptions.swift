import ArgumentParser
import Foundation
import Logging
import PantauModel
import PantauPipeline

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Registry folder (unit YAML files and _settings.yaml).")
    var registry = "feeds"

    @Option(name: .long, help: ArgumentHelp(
        "SQLite database file, or a PostgreSQL server as postgres://user@host:5432/database (default: the registry's `database` setting, else pantau.sqlite).",
        discussion: "A PostgreSQL password comes from PGPASSWORD or ~/.pgpass (or the URL); it is never printed."))
    var db: String?

    @Flag(help: "Create the database given with --db if it does not exist yet (otherwise a mistyped --db is an error).")
    var create = false

    @Flag(name: .shortAndLong, help: "Log every source, not only problems.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Log nothing but errors.")
    var quiet = false

    /// Opens the workspace on the registry and the database. Unit files saved under another name
    /// (x.yaml.txt) are named on standard error, with the fix, also when the registry does not load.
    func openWorkspace(logger: Logger? = nil) async throws -> Workspace {
        let result: Result<Workspace, any Error>
        do {
            result = .success(try await Workspace.connect(registry: registry, database: database, create: create,
                                                          logger: logger ?? makeLogger()))
        } catch { result = .failure(error) }
        let loaded = try? result.get()
        let language = loaded?.language ?? (try? Workspace.loadRegistry(registry))?.settings.language ?? .id
        Self.tell(Workspace.registryWarnings(registry), language)
        CLILanguage.set(language)
        return try result.get()
    }

    /// `openWorkspace` for the daemon: while a PostgreSQL server does not answer, says so (naming the
    /// server, never credentials) and tries again after 5 s, doubling up to 5 minutes. Any other error
    /// (a refused password, a broken registry) stops at once.
    func openWorkspaceRetrying(logger: Logger) async throws -> Workspace {
        var wait = 5
        while true {
            do { return try await openWorkspace(logger: logger) } catch where Workspace.storeDoesNotAnswer(error) {
                logger.error("database does not answer, retrying", metadata: ["error": "\(error)", "retry_in": "\(wait)s"])
                try await Task.sleep(for: .seconds(wait))
                wait = min(wait * 2, 300)
            }
        }
    }

    /// The store `--db` names: a postgres:// or postgresql:// URL (kept as a `Secret`: it may hold a
    /// password), else an SQLite file; nil when not given.
    var database: DatabaseLocation? {
        guard let db else { return nil }
        return DatabaseLocation.isPostgresURL(db) ? .postgres(url: Secret(db)) : .sqlite(path: db)
    }

    /// Names unit files that are not read, one line each on standard error.
    static func tell(_ warnings: [RegistryWarning], _ language: Language) {
        for warning in warnings {
            FileHandle.standardError.write(Data((warning.text(language) + "\n").utf8))
        }
    }

    /// The language of the output and of errors: `--lang` when given, else the registry's.
    func language(_ lang: Language?, _ workspace: Workspace) -> Language {
        let language = lang ?? workspace.language
        CLILanguage.set(language)
        return language
    }

    func makeLogger() -> Logger {
        var logger = Logger(label: "pantau") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = quiet ? .error : verbose ? .debug : .warning
        return logger
    }
}
