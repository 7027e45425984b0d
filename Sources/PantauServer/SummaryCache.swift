import Foundation
import Logging
import PantauModel

/// The weekly report and the current alerts over every unit, built once per change of the stored
/// data (the store's data stamp) instead of once per request. While a newer one is built, pages
/// keep answering from the previous one. Reports of other weeks or narrower scopes are kept too.
actor SummaryCache {
    struct Summary: Sendable {
        var stamp: String
        var now: Date
        var report: WeeklyReport
        var alerts: [Alert]
        var built: Date
        /// Position of each unit in `report.units`.
        var index: [String: Int]
        /// Each unit's depth in the tree, by position (read without copying a unit's week).
        var depths: [Int] = []
        /// The alerts firing, by unit id.
        var alertsByUnit: [String: [Alert]] = [:]

        /// The smallest depth among these positions (0 when there are none).
        func minDepth(_ positions: [Int]) -> Int { positions.lazy.map { depths[$0] }.min() ?? 0 }
    }

    private let workspace: any DashboardWorkspace
    private let logger: Logger
    private var current: Summary?
    private var building: Task<Summary, any Error>?
    private var lastCheck = Date.distantPast
    private var reports: [String: (stamp: String, report: WeeklyReport)] = [:]
    /// How long a stamp check holds before the store is asked again.
    var checkEvery: TimeInterval = 2

    init(workspace: any DashboardWorkspace, logger: Logger) {
        self.workspace = workspace
        self.logger = logger
    }

    var isReady: Bool { current != nil }

    func warm() async {
        do { _ = try await summary() } catch { logger.error("cannot build the weekly summary: \(error)") }
    }

    /// The latest summary; built now only when there is none yet.
    func summary() async throws -> Summary {
        if let current, Date().timeIntervalSince(lastCheck) < checkEvery { return current }
        lastCheck = Date()
        let stamp = try await workspace.dashboardStamp()
        if let current, current.stamp == stamp { return current }
        let task = building ?? startBuild(stamp: stamp)
        if let current { return current }
        return try await task.value
    }

    private func startBuild(stamp: String) -> Task<Summary, any Error> {
        let workspace = self.workspace
        let task = Task.detached { () async throws -> Summary in
            let start = Date()
            let now = try await workspace.defaultNow()
            let report = try await workspace.dashboardReport(week: nil, now: now)
            let alerts = try await workspace.dashboardAlerts(now: now)
            var index: [String: Int] = [:]
            for (i, u) in report.units.enumerated() { index[u.unit.id] = i }
            return Summary(stamp: stamp, now: now, report: report, alerts: alerts, built: start, index: index,
                           depths: report.units.map(\.depth), alertsByUnit: Dictionary(grouping: alerts, by: \.unitID))
        }
        building = task
        Task { await self.finish(task) }
        return task
    }

    private func finish(_ task: Task<Summary, any Error>) async {
        do {
            let s = try await task.value
            current = s
            logger.info("weekly summary \(s.report.week) built in \(String(format: "%.2f", Date().timeIntervalSince(s.built))) s")
        } catch {
            logger.error("cannot build the weekly summary: \(error)")
        }
        building = nil
    }

    /// The report of `week` for these units (every unit when nil), kept until the data changes.
    func report(week: ISOWeek, unitIDs: Set<String>?) async throws -> WeeklyReport {
        let summary = try await summary()
        if week == summary.report.week, unitIDs == nil { return summary.report }
        let key = "\(week)|" + (unitIDs.map { $0.sorted().joined(separator: ",") } ?? "*")
        if let hit = reports[key], hit.stamp == summary.stamp { return hit.report }
        let workspace = self.workspace, now = summary.now
        let report = try await Task.detached { try await workspace.dashboardReport(week: week, now: now, unitIDs: unitIDs) }.value
        if reports.count > 64 { reports.removeAll() }
        reports[key] = (summary.stamp, report)
        return report
    }
}
