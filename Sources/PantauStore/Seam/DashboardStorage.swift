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

/// What `/metrics` tells about the crawl, from the stored fetches.
public struct FetchSummary: Sendable, Hashable {
    /// Fetches by outcome: ok, not-modified, http-error, network-error.
    public var byOutcome: [String: Int]
    /// Upper bounds (seconds) and how many fetches took at most that long (cumulative, as Prometheus has it).
    public var latencyBuckets: [(le: Double, count: Int)]
    public var latencyCount: Int
    public var latencySum: Double

    public init(byOutcome: [String: Int], latencyBuckets: [(le: Double, count: Int)], latencyCount: Int, latencySum: Double) {
        self.byOutcome = byOutcome
        self.latencyBuckets = latencyBuckets
        self.latencyCount = latencyCount
        self.latencySum = latencySum
    }

    public static func == (a: FetchSummary, b: FetchSummary) -> Bool {
        a.byOutcome == b.byOutcome && a.latencyCount == b.latencyCount && a.latencySum == b.latencySum
            && a.latencyBuckets.map(\.count) == b.latencyBuckets.map(\.count)
    }

    public func hash(into h: inout Hasher) { h.combine(byOutcome); h.combine(latencyCount) }
}

/// The summary's histogram bounds, in seconds.
public let fetchLatencyBounds: [Double] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
