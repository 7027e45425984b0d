import Foundation
import PantauModel
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
    /// Sources read through a platform API, with what Pantau could see of each.
    public var channels: [APIChannel] = []

    public struct APIChannel: Sendable, Codable, Hashable {
        public var source: String
        public var platform: String
        /// seen | token_expired | broken | rate_limited
        public var state: String
        public var posts: Int
        public var followers: Int?
        public var calls: Int
        public var quotaSpent: Int
        /// YouTube: the source waits for quota until then.
        public var waitsUntil: Date?
        /// How to renew an expired token, in the registry's language.
        public var hint: String?
    }

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
