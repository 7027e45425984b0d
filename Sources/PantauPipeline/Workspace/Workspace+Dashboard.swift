import Foundation
import PantauAlert
import PantauModel
import PantauReport
import PantauScore
import PantauStore

/// The dashboard's use cases (`pantau serve`): the weekly summary it caches, and the page-sized
/// queries of `DashboardStorage` that answer the rest without reading every post.
extension Workspace {
    var dashboardStore: any DashboardStorage { database }

    /// Changes whenever stored data changes; the dashboard rebuilds its summary only then.
    public func dashboardStamp() async throws -> String { try await dashboardStore.dataStamp() }

    /// The weekly report's values (every unit when `unitIDs` is nil). Reads the posts up to the end
    /// of the week: seconds on a million posts, so the dashboard computes it once per data change.
    public func weeklyReport(week: ISOWeek?, now: Date, unitIDs: Set<String>? = nil) throws -> WeeklyReport {
        let reporter = Reporter(registry: registry, database: database)
        let week = week ?? ISOWeek.lastComplete(before: now, in: zone)
        var input = WeeklyInput(
            registry: registry,
            posts: try database.observedPosts(to: week.end(in: zone), evidence: false, detailFrom: week.start(in: zone),
                                              warn: reporter.warn),
            health: try database.health(), week: week, now: now, zone: zone, unitIDs: unitIDs,
            weights: registry.settings.weights)
        input.gains = try database.engagementGains(from: week.start(in: zone), to: week.end(in: zone))
        return WeeklyBuilder.build(input)
    }

    /// The alerts that hold at `now`, over every unit.
    public func currentAlerts(now: Date) throws -> [Alert] {
        try Reporter(registry: registry, database: database).alerts(now: now)
    }

    /// The report as `pantau report` writes it, in one format.
    public func render(_ report: WeeklyReport, format: Reporter.Format, language: Language) -> String {
        switch format {
        case .html: HTMLReport.render(report, language: language)
        case .md: MarkdownReport.render(report, language: language)
        case .csv: CSVReport.render(report, language: language, style: .machine(.comma))
        case .json: JSONReport.render(report, language: language)
        }
    }

    /// The clock the dashboard reports at: now, or the demo's own clock on a demo database.
    public func reportNow() throws -> Date { try Reporter(registry: registry, database: database).defaultNow() }

    public func posts(_ query: PostQuery) async throws -> [DashboardPost] { try await dashboardStore.posts(query) }

    public func engagementHistory(innovationID: String) async throws -> [EngagementPoint] {
        try await dashboardStore.engagementHistory(innovationID: innovationID, zone: zone)
    }

    /// The LKE evidence of some units, from their own posts only.
    public func evidence(unitIDs: Set<String>, now: Date) async throws -> EvidenceReport {
        let sourceIDs = registry.sources.filter { unitIDs.contains($0.unitID) }.map(\.id)
        let posts = try await dashboardStore.observedPosts(sourceIDs: sourceIDs)
        return EvidenceBuilder.build(registry: registry, posts: posts, health: try database.health(), now: now,
                                     zone: zone, unitIDs: unitIDs)
    }

    /// The evidence export: the HTML page, the posts CSV or the answers CSV.
    public func render(_ evidence: EvidenceReport, format: EvidenceDownload, language: Language) -> String {
        switch format {
        case .html: EvidenceHTML.render(evidence, language: language)
        case .csv: EvidenceCSV.render(evidence, language: language, style: .machine(.comma))
        case .answersCSV: EvidenceCSV.renderAnswers(evidence, language: language, style: .machine(.comma))
        }
    }

    public func sourceHealth() throws -> [SourceHealth] { try database.health() }

    public func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent] {
        try await dashboardStore.alertHistory(unitIDs: unitIDs, limit: limit)
    }

    /// "Crawl this source now": the daemon that shares the database picks it up on its next round.
    public func crawlSoon(sourceID: String, now: Date) async throws -> Bool {
        try await dashboardStore.markDue(sourceID: sourceID, at: now)
    }
}

/// The evidence downloads of the dashboard.
public enum EvidenceDownload: String, Sendable, CaseIterable { case html, csv, answersCSV = "answers.csv" }

extension Workspace {
    /// Fetch counts by outcome and the latency histogram, for `/metrics`.
    public func fetchSummary() async throws -> FetchSummary { try await dashboardStore.fetchSummary() }
}
