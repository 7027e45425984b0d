import Foundation
import Logging
import PantauModel
import PantauStore
import ServiceLifecycle

/// The long-running scheduler of `pantau run`: crawls whatever is due, sleeps until the next source
/// is due (at most `maxSleep`), and stops cleanly on SIGTERM/SIGINT: transfers in flight are
/// cancelled, nothing half-done is recorded, and the next start resumes from the database.
public struct CrawlDaemon: Service {
    public var crawler: CrawlRun
    /// Its store (any `WorkspaceStore`: SQLite or PostgreSQL) is synced with the registry before each
    /// pass, and its alerts are evaluated and sent after it.
    public var workspace: Workspace
    public var logger: Logger
    public var maxSleep: Duration = .seconds(60)
    public var minSleep: Duration = .seconds(5)
    /// Called after every pass (for tests and status lines).
    public var onPass: @Sendable (CrawlSummary) -> Void = { _ in }
    /// Start, each round, stop: for the one-line status the CLI prints.
    public var onEvent: @Sendable (DaemonEvent) -> Void = { _ in }

    /// While the store does not answer (a PostgreSQL server down or unreachable), passes are retried
    /// after `minSleep`, doubling up to `maxRetrySleep`.
    public var maxRetrySleep: Duration = .seconds(300)

    public init(crawler: CrawlRun, workspace: Workspace, logger: Logger) {
        self.crawler = crawler
        self.workspace = workspace
        self.logger = logger
    }

    public func run() async throws {
        logger.info("scheduler started", metadata: ["sources": "\(crawler.registry.sources.count)"])
        onEvent(.started(sources: crawler.registry.sources.count, next: try? await crawler.storage.earliestDue()))
        defer { onEvent(.stopped) }
        var retry = minSleep
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown { [self] in
                    try await pass()
                    try await Task.sleep(for: await sleepTime())
                }
                retry = minSleep
            } catch is CancellationError {
                break
            } catch let error as PostgresStoreError where error.isTransient {
                // The message names the server without credentials (`PostgresStoreError`).
                logger.error("database does not answer, retrying", metadata: [
                    "error": "\(logText(error))", "retry_in": "\(retry.components.seconds)s",
                ])
                try? await cancelWhenGracefulShutdown { [retry] in try await Task.sleep(for: retry) }
                retry = min(retry * 2, maxRetrySleep)
            } catch {
                logger.error("scheduler pass failed", metadata: ["error": "\(logText(error))"])
                try? await cancelWhenGracefulShutdown { [maxSleep] in try await Task.sleep(for: maxSleep) }
            }
        }
        logger.info("scheduler stopped")
    }

    /// One crawl of the sources due now.
    func pass() async throws {
        // The store's sources mirror the registry before due ones are chosen.
        try await workspace.store.syncSources(crawler.registry.sources)
        guard !(try await crawler.storage.dueSourceIDs(at: Date())).isEmpty else { return }
        let summary = try await crawler.run(.due, command: "run")
        logger.notice("crawl pass", metadata: [
            "sources": "\(summary.sources)", "new_posts": "\(summary.newPosts)",
            "unchanged": "\(summary.notModified)", "failed": "\(summary.failed)", "skipped": "\(summary.skipped)",
        ])
        onPass(summary)
        onEvent(.round(summary, next: try? await crawler.storage.earliestDue()))
        await notifyAlerts()
    }

    /// Sends alert changes after a pass; a failure is logged and retried on the next pass.
    func notifyAlerts() async {
        do {
            // Before any channel was read there is nothing true to say (and no false alarm to send).
            guard try await workspace.hasData() else { return }
            let alerts = try await workspace.alerts(now: Date())
            var job = AlertJob(registry: crawler.registry, database: workspace.store, engine: crawler.engine)
            job.telegramBase = workspace.telegramAPIBase
            let reports = try await job.run(alerts: alerts, now: Date())
            for r in reports where r.failed > 0 {
                logger.warning("alerts not delivered", metadata: ["notifier": "\(r.notifier)", "errors": "\(logText(r.errors))"])
            }
        } catch {
            logger.error("alerts failed", metadata: ["error": "\(logText(error))"])
        }
    }

    /// Until the earliest next-due time, within [minSleep, maxSleep].
    func sleepTime() async throws -> Duration {
        guard let next = try await crawler.storage.earliestDue() else { return minSleep }
        let seconds = next.timeIntervalSinceNow
        let d = Duration.milliseconds(Int64(max(0, seconds) * 1_000))
        return min(max(d, minSleep), maxSleep)
    }
}
