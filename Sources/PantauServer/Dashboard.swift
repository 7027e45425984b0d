import Foundation
import Hummingbird
import Logging
import PantauModel

/// The web dashboard, JSON API and operations endpoints of one Workspace. Build the router with
/// `router()`, or the whole server with `application()` (a ServiceLifecycle service).
public struct Dashboard: Sendable {
    static let sessionCookie = "pantau_session"
    static let loginCSRFCookie = "pantau_login_csrf"

    public let workspace: any DashboardWorkspace
    public let config: ServerConfig
    let tree: UnitTree
    let cache: SummaryCache
    let metrics: ServerMetrics
    let logger: Logger

    public init(workspace: any DashboardWorkspace, config: ServerConfig = ServerConfig(), logger: Logger = Logger(label: "pantau.serve")) {
        self.workspace = workspace
        self.config = config
        self.tree = UnitTree(workspace.registry)
        self.cache = SummaryCache(workspace: workspace, logger: logger)
        self.metrics = ServerMetrics()
        self.logger = logger
    }

    /// Every route: operations, login, pages and the API.
    public func router() -> Router<DashboardContext> {
        let router = Router(context: DashboardContext.self)
        router.add(middleware: Authenticate(app: self))
        router.add(middleware: RequestLog(logger: logger, metrics: metrics))
        addOperations(to: router)
        addLogin(to: router)
        let pages = router.group().add(middleware: RequireAccount(api: false)).add(middleware: CheckCSRF())
        addPages(to: pages)
        let api = router.group("api/v1").add(middleware: RequireAccount(api: true)).add(middleware: CheckCSRF())
        addAPI(to: api)
        return router
    }

    /// The server, listening on `config.host:config.port`; run it in a ServiceGroup. The weekly
    /// summary is built as the server starts (`/readyz` says 503 until then).
    public func application() -> some ApplicationProtocol {
        let cache = self.cache
        var app = Application(router: router(),
                              configuration: .init(address: .hostname(config.host, port: config.port), serverName: "pantau"),
                              onServerRunning: { _ in Task { await cache.warm() } },
                              logger: logger)
        app.logger.logLevel = logger.logLevel
        return app
    }

    /// The language a request asked for with `?lang=en` or `?lang=id`, if any.
    static func askedLanguage(_ request: Request) -> Language? {
        request.uri.queryParameters.get("lang").flatMap { Language(rawValue: String($0)) }
    }

    /// The language of a request: `?lang=` first, then the account's own setting, then the registry's.
    static func language(_ request: Request, _ context: DashboardContext) -> Language {
        askedLanguage(request) ?? context.account?.language ?? context.registryLanguage
    }
}
