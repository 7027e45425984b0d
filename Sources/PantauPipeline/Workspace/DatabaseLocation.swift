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

    /// "postgres://host:5432/db": user and password left out.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else { return "postgres://<redacted>" }
        parts.user = nil
        parts.password = nil
        parts.query = nil
        return parts.string ?? "postgres://<redacted>"
    }
}
