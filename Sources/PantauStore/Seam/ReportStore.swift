import Foundation
import PantauModel

/// What the weekly report, the evidence export, the alerts and the sources' health read.
public protocol ReportStore: Sendable {
    /// Stored posts of registered sources with their latest counters and matches, oldest first.
    /// A stored counter outside 0…10^15 (or not a whole number) is unknown, and named in `warnings`.
    func observedPosts(_ query: PostQuery) async throws -> StoredPosts

    /// How every registered source's crawls have gone, by source id order.
    func health() async throws -> [SourceHealth]

    /// Per post, what its counters grew by in [`from`, `to`); posts whose growth cannot be known
    /// are left out.
    func engagementGains(from: Date, to: Date) async throws -> [Int64: Engagement]

    /// Publication (else first-seen) times of the stored posts of the given sources.
    func postTimes(of sourceIDs: Set<String>) async throws -> [String: [Date]]

    /// Whether anything was stored yet, whether only the demo crawled, the newest post's time.
    func dataState() async throws -> DataState

    /// Row counts a person checks after a crawl.
    func counts() async throws -> StoreCounts
}
