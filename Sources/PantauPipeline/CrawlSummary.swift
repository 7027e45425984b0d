import Foundation
import PantauStore

/// What one crawl did, for people (a few lines) and scripts (`--json`).
public struct CrawlSummary: Sendable, Codable {
    public var sources = 0
    public var fetched = 0
    public var notModified = 0
    public var failed = 0
    /// Sources another process was crawling at the same moment.
    public var skipped = 0
    public var newPosts = 0
    public var newMatches = 0
    public var bytes = 0
    public var seconds = 0.0
    public var errors: [SourceProblem] = []
    /// Permanent redirects seen: update these URLs in the registry.
    public var moved: [SourceMove] = []
    /// Totals in the database after the crawl.
    public var totals: StoreCounts?

    public struct SourceProblem: Sendable, Codable, Hashable {
        public var source: String
        public var url: String
        public var problem: String
    }

    public struct SourceMove: Sendable, Codable, Hashable {
        public var source: String
        public var from: String
        public var to: String

        public init(source: String, from: String, to: String) {
            self.source = source
            self.from = from
            self.to = to
        }
    }

    public init() {}
}
