import Foundation
import Logging
import PantauModel
import PantauServer
import ServiceLifecycle

/// The web dashboard served on this workspace (`pantau serve`, `run --serve`, `demo --serve`).
extension Workspace: DashboardWorkspace {
    /// Reads `HOST:PORT` (`127.0.0.1:8080`, `[::1]:8080`, `:8080`); nil when it is not one.
    public static func listenAddress(_ text: String) -> (host: String, port: Int)? { ServerConfig.parseListen(text) }

    /// The dashboard, JSON API and `/metrics` on `host:port` as a service to run in a ServiceGroup
    /// (it stops cleanly on the group's shutdown). `secureCookies`: served behind a TLS proxy.
    public func dashboardService(host: String, port: Int, secureCookies: Bool, logger: Logger) -> any Service {
        Dashboard(workspace: self, config: ServerConfig(host: host, port: port, secureCookies: secureCookies), logger: logger)
            .application()
    }

    /// Adds (or updates) a dashboard account, its password hashed with bcrypt; `language` when given.
    public func addAccount(name: String, unitID: String?, role: Account.Role, password: String,
                           language: Language? = nil) async throws -> Account {
        var account: Account
        do { account = try await AccountAdmin.add(self, name: name, unitID: unitID, role: role, password: password) }
        catch let e as AccountError { throw WorkspaceError.account(e.description) }
        if let language {
            try await accounts.setAccountLanguage(accountID: account.id, language: language)
            account.language = language
        }
        return account
    }

    /// A new API token for the account (shown once; only its digest is stored).
    public func newAPIToken(account name: String) async throws -> String {
        do { return try await AccountAdmin.newToken(self, name: name) }
        catch let e as AccountError { throw WorkspaceError.account(e.description) }
    }

    /// A random password a person can type (the demo login).
    public static func randomPassword() -> String { AccountAdmin.randomPassword() }
}
