import Hummingbird
import NIOCore
import PantauModel

/// The request context of the dashboard: who asks (from a session cookie or an API token) and from where.
public struct DashboardContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address (the login rate limit counts per address).
    public var remoteAddress: String
    public var account: Account?
    /// Set for a browser session (forms carry its CSRF token); nil for an API token.
    public var session: AccountSession?
    /// The posted form, read (and its CSRF token checked) by `CheckCSRF`.
    public var form: [String: String] = [:]
    /// The registry's language, spoken to an account that chose none.
    public var registryLanguage: Language = .id

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
