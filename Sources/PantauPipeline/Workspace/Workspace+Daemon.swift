import Foundation
import Logging
import PantauFetch
import PantauModel
import ServiceLifecycle

extension Workspace {
    /// The daemon as a ServiceLifecycle `Service`: crawls each source whenever it is due until the
    /// service group stops it (SIGTERM/SIGINT). `onEvent` hears start, each round and stop.
    public func daemon(onEvent: @escaping @Sendable (DaemonEvent) -> Void = { _ in }) -> CrawlService {
        CrawlService(workspace: self, onEvent: onEvent)
    }
}

/// `pantau run`'s long-running crawl: the fetcher lives as long as the service runs.
public struct CrawlService: Service, CustomStringConvertible {
    let workspace: Workspace
    let onEvent: @Sendable (DaemonEvent) -> Void

    public func run() async throws {
        let engine = FetchEngine(config: Workspace.fetchConfig(workspace.registry.settings))
        defer { engine.shutdown() }
        var daemon = CrawlDaemon(crawler: try workspace.crawler(engine: engine), workspace: workspace, logger: workspace.logger)
        daemon.onEvent = onEvent
        try await daemon.run()
    }

    public var description: String { "CrawlService(\(workspace.registry.sources.count) sources)" }
}
