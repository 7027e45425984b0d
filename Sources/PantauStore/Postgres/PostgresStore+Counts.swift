import Foundation
import PantauModel
import PostgresNIO

extension PostgresStore {
    /// Totals: registered sources, posts, matched posts, matches, engagement snapshots (as
    /// `AppDatabase.counts()`). Both `CrawlStorage` and `ReportStore` ask for it; it lives here once.
    public func counts() async throws -> StoreCounts {
        let rows = try await query("""
            SELECT (SELECT COUNT(*) FROM source WHERE inRegistry), (SELECT COUNT(*) FROM post),
                   (SELECT COUNT(DISTINCT postID) FROM match), (SELECT COUNT(*) FROM match),
                   (SELECT COUNT(*) FROM engagement)
            """)
        do {
            guard let r = rows.first else { return StoreCounts(sources: 0, posts: 0, matchedPosts: 0, matches: 0, engagementSnapshots: 0) }
            return StoreCounts(sources: try r.value(0, as: Int.self), posts: try r.value(1, as: Int.self),
                               matchedPosts: try r.value(2, as: Int.self), matches: try r.value(3, as: Int.self),
                               engagementSnapshots: try r.value(4, as: Int.self))
        } catch { throw wrap(error) }
    }
}
