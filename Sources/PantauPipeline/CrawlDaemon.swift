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
    /// The database the alerts are evaluated on after each pass.
    public var database: AppDatabase
    public var logger: Logger
    public var maxSleep: Duration = .seconds(60)
    public var minSleep: Duration = .seconds(5)
    /// Called after every pass (for tests and status lines).
    public var onPass: @Sendable (CrawlSummary) -> Void = { _ in }
    /// Start, each round, stop: for the one-line status the CLI prints.
    public var onEvent: @Sendable (DaemonEvent) -> Void = { _ in }

    public init(crawler: CrawlRun, database: AppDatabase, logger: Logger) {
        self.crawler = crawler
        self.database = database
        self.logger = logger
    }

    public func run() async throws {
        logger.info("scheduler started", metadata: ["sources": "\(crawler.registry.sources.count)"])
        onEvent(.started(sources: crawler.registry.sources.count, next: try? await crawler.storage.earliestDue()))
        defer { onEvent(.stopped) }
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            do {
                try await cancelWhenGracefulShutdown { [self] in
                    try await pass()
                    try await Task.sleep(for: await sleepTime())
                }
            } catch is CancellationError {
                break
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
        try database.syncSources(crawler.registry.sources)
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
            let reporter = Reporter(registry: crawler.registry, database: database)
            // Before any channel was read there is nothing true to say (and no false alarm to send).
            guard try reporter.hasData() else { return }
            let alerts = try reporter.alerts(now: Date())
            let reports = try await AlertJob(registry: crawler.registry, database: database, engine: crawler.engine)
                .run(alerts: alerts, now: Date())
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
