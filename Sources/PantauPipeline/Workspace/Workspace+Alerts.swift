import Foundation
import PantauAlert
import PantauFetch
import PantauModel

extension Workspace {
    /// The alerts that hold at `now` (default: the current time): silent innovations, website-only
    /// innovations, broken channels, blind spots. Throws `WorkspaceError.noData` on a store nothing
    /// was read into yet (no alert can be true then, and none is sent).
    public func alerts(now: Date? = nil) async throws -> [Alert] {
        guard try await hasData() else { throw WorkspaceError.noData }
        let posts = try await readPosts(PostQuery(evidence: false))
        return AlertEngine.evaluate(registry: registry, posts: posts, health: try await store.health(),
                                    now: now ?? Date(), zone: zone)
    }

    /// Sends `alerts` to every notifier the settings name (stdout when none): new ones once, repeats
    /// at most every `repeat`, resolved ones when cleared; what failed is kept for the next run.
    /// Every notification is written to the alert history.
    public func notify(_ alerts: [Alert], now: Date? = nil) async throws -> [AlertJob.Report] {
        let engine = FetchEngine(config: FetchConfig())
        defer { engine.shutdown() }
        var job = AlertJob(registry: registry, database: store, engine: engine)
        job.telegramBase = telegramAPIBase
        return try await job.run(alerts: alerts, now: now ?? Date())
    }

    /// The alerts that hold at `now`, sent to the notifiers.
    public func evaluateAndNotify(now: Date? = nil) async throws -> AlertDelivery {
        let clock = now ?? Date()
        let alerts = try await alerts(now: clock)
        return AlertDelivery(alerts: alerts, reports: try await notify(alerts, now: clock))
    }

    /// What was sent to the notifiers, newest first.
    public func alertHistory(limit: Int = 500) async throws -> [AlertEvent] {
        try await store.alertHistory(limit: limit)
    }
}

/// The alerts that held, and what each notifier did with them.
public struct AlertDelivery: Sendable, Codable {
    public var alerts: [Alert]
    /// One per notifier: how many notifications went out, how many are kept for the next run, why.
    public var reports: [AlertJob.Report]
}
