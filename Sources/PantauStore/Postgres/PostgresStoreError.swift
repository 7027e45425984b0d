import Foundation
import PostgresNIO

/// Something went wrong with a PostgreSQL store. Every case names the server as
/// `PostgresAddress.description` does (host, port, database: never a user's password) and the problem.
public enum PostgresStoreError: Error, Sendable, CustomStringConvertible {
    /// The `--db`/`database:` URL cannot be read (the text says why, not what the URL was).
    case badAddress(String)
    /// No answer: connection refused, timed out, closed, or the server is starting or shutting down.
    /// Worth retrying later (the daemon does).
    case notAnswering(server: String, reason: String)
    /// The server refused the password of `user`.
    case passwordRefused(server: String, user: String)
    /// The server asks for a password and none was found (URL, PGPASSWORD, ~/.pgpass).
    case passwordMissing(server: String, user: String)
    /// The server refused the connection for another reason (no such database, not allowed, TLS).
    case refused(server: String, reason: String)
    /// The schema could not be brought up to date.
    case migration(server: String, reason: String)
    /// A statement failed.
    case query(server: String, reason: String)
    /// An export found data in the target database (these tables hold rows) and was not asked to replace it.
    case notEmpty(server: String, tables: [String])
    /// An export counted a table after copying and the two sides differ: nothing was kept.
    case countsDiffer(server: String, table: String, sqlite: Int, postgres: Int)
    /// An export met something it cannot carry over (a value, a table this build does not know): nothing was kept.
    case cannotCopy(server: String, reason: String)

    public var description: String {
        switch self {
        case let .badAddress(reason): "database URL: \(reason)"
        case let .notAnswering(server, reason): "PostgreSQL server \(server) does not answer: \(reason)"
        case let .passwordRefused(server, user): "PostgreSQL server \(server) refused the password of user \(user)"
        case let .passwordMissing(server, user):
            "PostgreSQL server \(server) asks for a password of user \(user) and none was given "
                + "(set PGPASSWORD or add a line to ~/.pgpass; never put it in _settings.yaml)"
        case let .refused(server, reason): "PostgreSQL server \(server) refused the connection: \(reason)"
        case let .migration(server, reason): "cannot update the schema of PostgreSQL database \(server): \(reason)"
        case let .query(server, reason): "PostgreSQL database \(server): \(reason)"
        case let .notEmpty(server, tables):
            "PostgreSQL database \(server) already holds data (tables \(tables.joined(separator: ", "))): nothing was copied; "
                + "choose an empty database, or give --replace to empty this one first"
        case let .countsDiffer(server, table, sqlite, postgres):
            "copy to PostgreSQL database \(server) undone: table \(table) has \(sqlite) rows in SQLite "
                + "but \(postgres) in PostgreSQL; nothing was kept"
        case let .cannotCopy(server, reason): "copy to PostgreSQL database \(server) undone: \(reason); nothing was kept"
        }
    }

    /// True when trying again later may work (the server did not answer).
    public var isTransient: Bool {
        if case .notAnswering = self { return true }
        return false
    }

    /// `error` (a PostgresNIO error or any other) said for `server`, without credentials:
    /// PostgresNIO's own texts are generic on purpose, so the code, SQLSTATE and server message
    /// are read instead.
    static func wrapping(_ error: any Error, server: String, user: String) -> PostgresStoreError {
        if let e = error as? PostgresStoreError { return e }
        if error is CancellationError { return .query(server: server, reason: "cancelled") }
        if let pool = poolProblem(error) { return .notAnswering(server: server, reason: pool) }
        guard let psql = error as? PSQLError else { return .query(server: server, reason: "\(error)") }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? ""
            let message = psql.serverInfo?[.message] ?? "error"
            switch state {
            case "28P01": return .passwordRefused(server: server, user: user)
            case "28000", "3D000", "42501": return .refused(server: server, reason: message)
            case "57P01", "57P02", "57P03", "53300": return .notAnswering(server: server, reason: message)
            default: return .query(server: server, reason: "\(message) (SQLSTATE \(state))")
            }
        case .authMechanismRequiresPassword: return .passwordMissing(server: server, user: user)
        case .sslUnsupported: return .refused(server: server, reason: "the server offers no TLS (sslmode requires it)")
        case .connectionError:
            return .notAnswering(server: server, reason: connectionProblem(psql.underlying))
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
            return .notAnswering(server: server, reason: "the connection was closed")
        case .queryCancelled: return .query(server: server, reason: "cancelled")
        default: return .query(server: server, reason: "\(psql.code)")
        }
    }

    /// The connection pool's own errors (its type is in an underscored module of PostgresNIO, so it
    /// is told by name): no connection could be made for a minute (its circuit breaker: later
    /// requests fail at once until the server answers again), or the pool was shut down.
    static func poolProblem(_ error: any Error) -> String? {
        guard String(reflecting: type(of: error)).hasSuffix("ConnectionPoolError") else { return nil }
        let text = "\(error)"
        if text.contains("CircuitBreakerTripped") { return "no connection could be made for a minute" }
        if text.contains("poolShutdown") { return "the store was closed" }
        return "cannot get a connection"
    }

    /// SwiftNIO's connection error in a few words ("connection refused", …), its own text otherwise.
    static func connectionProblem(_ error: (any Error)?) -> String {
        guard let error else { return "cannot connect" }
        let text = "\(error)"
        let lower = text.lowercased()
        if lower.contains("connection refused") { return "connection refused" }
        if lower.contains("timeout") || lower.contains("timed out") { return "no answer within 10 s" }
        if lower.contains("dns") || lower.contains("name resolution") || lower.contains("host not found") {
            return "host name not found"
        }
        if lower.contains("unreachable") { return "network unreachable" }
        return text
    }
}
