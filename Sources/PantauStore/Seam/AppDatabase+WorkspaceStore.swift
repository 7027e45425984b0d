import Foundation
import PantauModel

/// SQLite is the embedded store: its synchronous methods satisfy the seam's `async` requirements.
extension AppDatabase: WorkspaceStore {
    public func observedPosts(_ query: PostQuery) throws -> StoredPosts {
        var warnings: [String] = []
        let posts = try observedPosts(from: query.from, to: query.to, evidence: query.evidence,
                                      detailFrom: query.detailFrom, warn: { warnings.append($0) })
        return StoredPosts(posts: posts, warnings: warnings)
    }

    public func dataState() throws -> DataState {
        DataState(hasData: try hasData(), onlyDemoRuns: try onlyDemoRuns(), newestPost: try newestPostTime())
    }
}
