import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Stores posts brought in from a platform export (no fetch, no change to the source's crawl
    /// state), in one transaction. A post already stored gets a new counter snapshot only when its
    /// numbers changed, so importing the same file twice changes nothing. Returns the new posts.
    @discardableResult
    public func importPosts(_ batches: [(sourceID: String, posts: [MatchedPost])], at: Date) throws -> Int {
        try writer.write { db in
            let w = try CrawlWriter(db)
            let at = StorageDate.text(at)
            var new = 0
            for b in batches {
                for p in b.posts where try w.savePost(p, sourceID: b.sourceID, at: at) { new += 1 }
            }
            return new
        }
    }
}
