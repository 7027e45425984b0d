import Foundation
import PantauModel

/// Posts that do not come from a crawl (CSV import), and matches made again (rematch, suggest).
public protocol PostStore: Sendable {
    /// Stores imported posts in one transaction, without touching the sources' crawl state. A post
    /// already stored gets a new counter snapshot only when its numbers changed. `origins` (by
    /// stable id) is recorded for new posts. Returns how many posts were new.
    @discardableResult
    func importPosts(_ batches: [ImportBatch], at: Date, origins: [String: ImportOrigin]) async throws -> Int

    /// Every stored post's words, by id.
    func postTexts() async throws -> [StoredPostText]

    /// Replaces every stored match at once; returns the number of matches written.
    @discardableResult
    func replaceMatches(_ all: [Int64: [InnovationMatch]]) async throws -> Int
}
