import Foundation
import PantauModel

/// Where a Workspace keeps what it observed.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file (the embedded default).
    case sqlite(path: String)
    /// A PostgreSQL server; the URL may hold a password, so it is a `Secret` and never printed.
    case postgres(url: Secret)

    /// The file path or the server, without credentials.
    public var description: String {
        switch self {
        case let .sqlite(path): path
        case let .postgres(url): Self.redacted(url.reveal)
        }
    }

    /// Whether `text` is a postgres:// or postgresql:// URL (else it is an SQLite path).
    public static func isPostgresURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// The folder for what a PostgreSQL workspace keeps on this machine, beside its registry: the API
    /// platforms' state (quota spent, renewed tokens) and the parse journals (see `ParseJournal`):
    /// `<registry>/.pantau-state/<host>-<port>-<database>/`. Each machine keeps its own; nil for SQLite,
    /// which keeps them beside its file.
    public func localStateFolder(registry: String) -> String? {
        guard case let .postgres(url) = self, let parts = URLComponents(string: url.reveal) else { return nil }
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        let name = "\(parts.host ?? "localhost")-\(parts.port ?? 5_432)-\(database)"
            .map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" ? $0 : "_" }
        return (registry as NSString).appendingPathComponent(".pantau-state/" + String(name))
    }

    /// "postgres://host:5432/db": user and password left out.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "postgres://<redacted>" }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        return parts.string ?? "postgres://<redacted>"
    }
}
