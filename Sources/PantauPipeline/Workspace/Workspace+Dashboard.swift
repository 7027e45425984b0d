import Foundation
import PantauModel
import PantauScore
import PantauStore

/// The dashboard's use cases (`pantau serve`): the weekly summary it builds once per data change,
/// and the page-sized queries of `DashboardStorage` that answer the rest without reading every post.
extension Workspace {
    /// Changes whenever stored data changes; the dashboard rebuilds its summary only then.
    public func dashboardStamp() async throws -> String { try await store.dataStamp() }

    /// The weekly report's values (every unit when `unitIDs` is nil), also on a store nothing was read
    /// into yet (then every innovation says "no data"). Reads the posts up to the end of the week:
    /// seconds on a million posts, so the dashboard builds it once per data change.
    public func dashboardReport(week: ISOWeek?, now: Date, unitIDs: Set<String>? = nil) async throws -> WeeklyReport {
        try checkUnits(unitIDs)
        let week = week ?? ISOWeek.lastComplete(before: now, in: zone)
        let start = week.start(in: zone), end = week.end(in: zone)
        let posts = try await readPosts(PostQuery(to: end, evidence: false, detailFrom: start))
        var input = WeeklyInput(registry: registry, posts: posts, health: try await store.health(), week: week, now: now,
                                zone: zone, unitIDs: unitIDs, weights: registry.settings.weights)
        input.gains = try await store.engagementGains(from: start, to: end)
        return WeeklyBuilder.build(input)
    }

    /// The alerts that hold at `now`, over every unit; none before anything was read into the store.
    public func dashboardAlerts(now: Date) async throws -> [Alert] {
        do { return try await alerts(now: now) } catch WorkspaceError.noData { return [] }
    }

    /// The report as `pantau report` writes it, in one format.
    public func render(_ report: WeeklyReport, as format: ReportFormat, language: Language) -> String {
        ReportFiles.render(report, as: format, unitIDs: nil, language: language, csvStyle: .preferred(for: language)).text
    }

    /// Posts newest first, filtered and paged (see `DashboardPostQuery`).
    public func posts(_ query: DashboardPostQuery) async throws -> [DashboardPost] { try await store.posts(query) }

    public func engagementHistory(innovationID: String) async throws -> [EngagementPoint] {
        try await store.engagementHistory(innovationID: innovationID, zone: zone)
    }

    /// The LKE evidence of some units, read from their own posts only (not the whole store).
    public func unitEvidence(unitIDs: Set<String>, now: Date) async throws -> EvidenceReport {
        let sourceIDs = registry.sources.filter { unitIDs.contains($0.unitID) }.map(\.id)
        let posts = try await store.observedPosts(sourceIDs: sourceIDs)
        return EvidenceBuilder.build(registry: registry, posts: posts, health: try await store.health(), now: now,
                                     zone: zone, unitIDs: unitIDs)
    }

    /// The evidence export: the HTML page, the posts CSV or the answers CSV.
    public func render(_ evidence: EvidenceReport, as download: EvidenceDownload, language: Language) -> String {
        let files = ReportFiles.render(evidence, as: download == .html ? .html : .csv, stem: "evidence", language: language,
                                       csvStyle: .preferred(for: language))
        return (download == .answersCSV ? files.last : files.first)?.text ?? ""
    }

    public func sourceHealth() async throws -> [SourceHealth] { try await store.health() }

    public func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent] {
        try await store.alertHistory(unitIDs: unitIDs, limit: limit)
    }

    /// "Crawl this source now": the daemon that shares the store picks it up on its next round.
    public func crawlSoon(sourceID: String, now: Date) async throws -> Bool {
        try await store.markDue(sourceID: sourceID, at: now)
    }

    /// Fetch counts by outcome and the latency histogram, for `/metrics`.
    public func fetchSummary() async throws -> FetchSummary { try await store.fetchSummary() }
}
