import Foundation
import PantauModel

/// Where a PostgreSQL server is, read from a `postgres://user[:password]@host[:port]/database?sslmode=…`
/// URL (`postgresql://` too). The password, when there is one, stays a `Secret`; `description` is
/// the server without user or password ("postgres://host:5432/db"), safe for logs and errors.
///
/// As libpq: a host that is a directory (`?host=/var/run/postgresql`, or `PGHOST` when the URL names
/// no host) means the server's unix socket in it, `.s.PGSQL.<port>`; a URL with no host at all
/// (`postgres:///pantau`) uses `PGHOST`, else Debian's socket directory `/var/run/postgresql` (where a
/// local server takes the account's own login, `peer`, with no password). `PGPORT`, `PGUSER` and
/// `PGDATABASE` fill what the URL leaves out.
public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
    /// How the connection uses TLS, as libpq's `sslmode` says it.
    public enum TLSMode: String, Sendable, Hashable {
        /// No TLS.
        case disable
        /// TLS when the server offers it (libpq's default; `allow` reads as this too).
        case prefer
        /// TLS or no connection; the certificate is not checked (as libpq's `require`).
        case require
        /// TLS, the certificate checked against the trusted roots but not the host name.
        case verifyCA = "verify-ca"
        /// TLS, the certificate and the host name checked.
        case verifyFull = "verify-full"
    }

    public var user: String
    public var host: String
    public var port: Int
    public var database: String
    public var tls: TLSMode
    /// The password the URL holds, if any (PGPASSWORD and ~/.pgpass are looked up by `password(…)`).
    public var urlPassword: Secret?
    /// The unix socket to connect through, when the host is a directory (then `host` is "localhost",
    /// as libpq names such a connection in ~/.pgpass).
    public var socket: String?

    /// Debian's (and libpq's usual) socket directory.
    public static let defaultSocketDirectory = "/var/run/postgresql"

    /// "postgres://host:port/database", or "postgres:///database?host=/socket/dir" with the port when it
    /// is not 5432: no user, no password.
    public var description: String {
        if let socket {
            let dir = (socket as NSString).deletingLastPathComponent
            return "postgres:///\(database)?host=\(dir)" + (port == 5_432 ? "" : "&port=\(port)")
        }
        return "postgres://\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
    }

    /// Reads `url`. Errors name the problem, never the URL (it may hold a password).
    public init(url: Secret, environment: [String: String] = ProcessInfo.processInfo.environment) throws(PostgresStoreError) {
        let text = url.reveal
        guard let parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
              scheme == "postgres" || scheme == "postgresql" else {
            throw .badAddress("not a postgres://user@host:5432/database URL")
        }
        var hostText = parts.host.flatMap { $0.isEmpty ? nil : $0.removingPercentEncoding ?? $0 }
        var portText = parts.port.map(String.init)
        tls = .prefer
        for item in parts.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                let value = item.value ?? ""
                guard let mode = value == "allow" ? .prefer : TLSMode(rawValue: value) else {
                    throw .badAddress("sslmode \"\(value)\" is not disable, allow, prefer, require, verify-ca or verify-full")
                }
                tls = mode
            case "host":
                guard hostText == nil, let dir = item.value, dir.hasPrefix("/") else {
                    throw .badAddress("?host= names a socket directory (/var/run/postgresql) for a URL without a host")
                }
                hostText = dir
            case "port":
                guard parts.port == nil else { throw .badAddress("the port is given twice") }
                portText = item.value
            case "user", "password", "dbname":
                throw .badAddress("give \(item.name) in the URL itself, not as ?\(item.name)=")
            default:
                throw .badAddress("unknown URL parameter \"\(item.name)\" (only sslmode, host and port are read)")
            }
        }
        let place = hostText ?? environment["PGHOST"].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultSocketDirectory
        guard let port = Int(portText ?? environment["PGPORT"] ?? "5432"), (1...65_535).contains(port) else {
            throw .badAddress("the port is not 1…65535")
        }
        self.port = port
        if place.hasPrefix("/") {
            host = "localhost"
            socket = (place as NSString).appendingPathComponent(".s.PGSQL.\(port)")
            tls = .disable  // nothing to protect on a local socket; libpq does not use TLS there either
        } else {
            host = place.hasPrefix("[") && place.hasSuffix("]") ? String(place.dropFirst().dropLast()) : place
        }
        let name = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        guard !name.contains("/") else { throw .badAddress("the database name holds a '/'") }
        guard let user = parts.user ?? environment["PGUSER"] ?? environment["USER"], !user.isEmpty else {
            throw .badAddress("the URL names no user (postgres://user@host/database)")
        }
        self.user = user
        database = name.isEmpty ? (environment["PGDATABASE"] ?? user) : name
        urlPassword = parts.password.map(Secret.init)
    }

    /// The password to send: the URL's, else `PGPASSWORD`, else the first matching line of the
    /// password file (`PGPASSFILE`, else `~/.pgpass`; `hostname:port:database:username:password`,
    /// `*` matching anything, `\:` and `\\` escaped). As libpq, a password file that others can read
    /// (mode not 0600 or stricter) is ignored. Nil when none is found: the server may not ask.
    public func password(environment: [String: String] = ProcessInfo.processInfo.environment) -> Secret? {
        if let urlPassword { return urlPassword }
        if let env = environment["PGPASSWORD"], !env.isEmpty { return Secret(env) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let file = environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return Self.passwordLine(in: text, host: host, port: port, database: database, user: user)
    }

    /// The password of the first line of a `.pgpass` text that matches.
    static func passwordLine(in text: String, host: String, port: Int, database: String, user: String) -> Secret? {
        let wanted = [host, String(port), database, user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = splitFields(line)
            guard fields.count == 5 else { continue }
            let matches = zip(fields.prefix(4), wanted).allSatisfy { field, value in field == "*" || field == value }
            if matches { return Secret(fields[4]) }
        }
        return nil
    }

    /// The `:`-separated fields of a password-file line, with `\:` and `\\` unescaped.
    private static func splitFields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var current = ""
        var escaped = false
        for c in line {
            if escaped { current.append(c); escaped = false } else if c == "\\" { escaped = true } else if c == ":" {
                fields.append(current); current = ""
            } else { current.append(c) }
        }
        fields.append(current)
        return fields
    }
}
