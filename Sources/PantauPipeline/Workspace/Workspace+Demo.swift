import Foundation
import Logging
import PantauModel

extension Workspace {
    /// The demo registry with a store of its own: its `database` setting, or `demo.sqlite` when it
    /// keeps the default, created on first use. Nothing the demo stores can reach the real database.
    public static func openDemo(registry folder: String, logger: Logger = Workspace.silentLogger) throws -> Workspace {
        let registry = try loadRegistry(folder)
        let file = registry.settings.database == Settings().database ? "demo.sqlite" : registry.settings.database
        return try open(registry: folder, database: .sqlite(path: file), create: true, logger: logger)
    }

    /// Answers the registry's `kind: api` channels with the recorded responses in `<registry>/api/`,
    /// on loopback, and points the registry's platform settings at it. Stop the server after the crawl.
    public mutating func serveRecordedAPIs() throws -> DemoAPIServer {
        let server = try DemoAPIServer(folder: (registryFolder as NSString).appendingPathComponent("api"))
        server.serve(&registry)
        return server
    }
}
