import Foundation
import Logging
import PantauModel
import PantauRegistry
import PantauStore

/// A registry and the store of what was observed for it: every use case of Pantau (crawl, the
/// daemon, report, alerts, evidence, sources' health, import, rematch, suggest) as a method with
/// typed results. The CLI and the web server call only this.
///
/// The store is held through the `WorkspaceStore` seam, so SQLite and PostgreSQL are
/// interchangeable; only `open` knows which one it made.
public struct Workspace: Sendable {
    /// The registry as loaded (the demo may point its platform APIs elsewhere, see `serveRecordedAPIs`).
    public internal(set) var registry: Registry
    /// The registry folder it was loaded from.
    public let registryFolder: String
    /// Where the store lives.
    public let location: DatabaseLocation
    /// What was observed.
    public let store: any WorkspaceStore
    /// Files in the registry folder that are not read, with the name they need.
    public let warnings: [RegistryWarning]
    public var logger: Logger
    /// Told about stored numbers that were refused on read (a line naming the post and the value).
    public var warn: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
    }
    /// Telegram Bot API base (tests point it at a loopback receiver).
    public var telegramAPIBase = "https://api.telegram.org"

    /// A workspace on a store already opened (tests, or a server that opened its pool itself).
    public init(registry: Registry, registryFolder: String = "", location: DatabaseLocation, store: any WorkspaceStore,
                warnings: [RegistryWarning] = [], logger: Logger = Workspace.silentLogger) {
        self.registry = registry
        self.registryFolder = registryFolder
        self.location = location
        self.store = store
        self.warnings = warnings
        self.logger = logger
    }

    /// The report time zone (the registry's `timezone`, Asia/Jakarta when it names none known).
    public var zone: TimeZone { TimeZone(identifier: registry.settings.timezone) ?? ISOWeek.jakarta }

    /// The registry's language.
    public var language: Language { registry.settings.language }

    /// A logger that drops everything.
    public static let silentLogger = Logger(label: "pantau") { _ in SwiftLogNoOpLogHandler() }
}
