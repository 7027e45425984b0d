import Foundation
import PantauModel

/// The queries behind the dashboard's pages and the JSON API that the weekly report does not
/// already answer. Each is bounded by an index (a source, an innovation, a post id), so a page
/// costs the same on a store of a thousand posts or of a million.
public protocol DashboardStorage: Sendable {
    /// Changes whenever a crawl, an import, a rematch or an alert run wrote something: the
    /// dashboard rebuilds its weekly summary when it changes, and not otherwise.
    func dataStamp() async throws -> String
    /// Posts newest first (by id), filtered; at most `query.limit`.
    func posts(_ query: DashboardPostQuery) async throws -> [DashboardPost]
    /// The summed latest counters of an innovation's matched posts at the end of each day with a snapshot.
    func engagementHistory(innovationID: String, zone: TimeZone) async throws -> [EngagementPoint]
    /// Every stored post of these sources, for one unit's LKE evidence.
    func observedPosts(sourceIDs: [String]) async throws -> [ObservedPost]
    /// Alert history of these units (every unit when nil), newest first.
    func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent]
    /// Makes a source due now, so the running daemon crawls it next ("crawl this source now").
    func markDue(sourceID: String, at: Date) async throws -> Bool
    /// Fetch counts by outcome and the latency histogram, over every stored fetch.
    func fetchSummary() async throws -> FetchSummary
}
