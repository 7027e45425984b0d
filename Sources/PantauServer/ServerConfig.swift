import Foundation

/// How the dashboard listens and keeps sessions.
public struct ServerConfig: Sendable {
    public var host: String
    public var port: Int
    /// Served behind TLS (a proxy that terminates it): session cookies get `Secure`.
    public var secureCookies: Bool
    public var sessionLifetime: TimeInterval
    /// Failed logins for one name or from one address within `loginWindow` before logins are refused.
    public var maxFailedLogins: Int
    public var loginWindow: TimeInterval

    public init(host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
                sessionLifetime: TimeInterval = 12 * 3_600, maxFailedLogins: Int = 5, loginWindow: TimeInterval = 15 * 60) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.maxFailedLogins = maxFailedLogins
        self.loginWindow = loginWindow
    }

    /// Reads `HOST:PORT` (`127.0.0.1:8080`, `[::1]:8080`, `:8080`); nil when it is not one.
    public static func parseListen(_ text: String) -> (host: String, port: Int)? {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
              (1...65_535).contains(port) else { return nil }
        var host = String(text[..<colon])
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        return (host.isEmpty ? "127.0.0.1" : host, port)
    }
}
