import Foundation
import PantauModel

/// What the dashboard asks of the workspace it serves: the registry, the weekly summary, page-sized
/// queries, renderings and accounts. The Pipeline's `Workspace` is the one implementation; the
/// server names only this, so the Pipeline can own the whole `serve` use case (it builds the
/// `Dashboard` on itself) and the executable needs neither.
public protocol DashboardWorkspace: Sendable {
    var registry: Registry { get }
    /// The report time zone.
    var zone: TimeZone { get }
    /// The registry's language, spoken to an account that chose none.
    var language: Language { get }
    var accounts: any AccountStorage { get }

    /// Changes whenever stored data changes; the summary is rebuilt only then.
    func dashboardStamp() async throws -> String
    /// The moment reports are made for (the newest data, for a store filled in the past).
    func defaultNow() async throws -> Date
    func dashboardReport(week: ISOWeek?, now: Date, unitIDs: Set<String>?) async throws -> WeeklyReport
    func dashboardAlerts(now: Date) async throws -> [Alert]
    func render(_ report: WeeklyReport, as format: ReportFormat, language: Language) -> String
    func posts(_ query: DashboardPostQuery) async throws -> [DashboardPost]
    func engagementHistory(innovationID: String) async throws -> [EngagementPoint]
    func unitEvidence(unitIDs: Set<String>, now: Date) async throws -> EvidenceReport
    func render(_ evidence: EvidenceReport, as download: EvidenceDownload, language: Language) -> String
    func sourceHealth() async throws -> [SourceHealth]
    func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent]
    /// "Crawl this source now"; false for an unknown source.
    func crawlSoon(sourceID: String, now: Date) async throws -> Bool
    func fetchSummary() async throws -> FetchSummary
    func platformQuotas(now: Date) -> [PlatformQuota]
}

extension DashboardWorkspace {
    func dashboardReport(week: ISOWeek?, now: Date) async throws -> WeeklyReport {
        try await dashboardReport(week: week, now: now, unitIDs: nil)
    }
}
