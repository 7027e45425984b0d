import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Stores posts brought in from a platform export (no fetch, no change to the source's crawl
    /// state), in one transaction. A post already stored gets a new counter snapshot only when its
    /// numbers changed, so importing the same file twice changes nothing. Returns the new posts.
    /// `origins`: the CSV file and line of each post, by stable id; recorded for posts that are new
    /// (a post Pantau crawled before keeps its crawled origin).
    @discardableResult
    public func importPosts(_ batches: [ImportBatch], at: Date, origins: [String: ImportOrigin] = [:]) throws -> Int {
        try writer.write { db in
            let w = try CrawlWriter(db)
            let at = StorageDate.text(at)
            var new = 0
            for b in batches {
                for p in b.posts where try w.savePost(p, sourceID: b.sourceID, at: at) {
                    new += 1
                    guard let o = origins[p.post.stableID] else { continue }
                    try db.execute(sql: """
                        INSERT OR IGNORE INTO postImport (postID, file, line)
                        SELECT id, ?, ? FROM post WHERE sourceID = ? AND stableID = ?
                        """, arguments: [o.file, o.line, b.sourceID, p.post.stableID])
                }
            }
            return new
        }
    }
}
