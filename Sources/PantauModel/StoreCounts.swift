import Foundation

/// Totals a person reads after a crawl.
public struct StoreCounts: Sendable, Hashable, Codable {
    public var sources: Int
    public var posts: Int
    public var matchedPosts: Int
    public var matches: Int
    public var engagementSnapshots: Int

    public init(sources: Int, posts: Int, matchedPosts: Int, matches: Int, engagementSnapshots: Int) {
        self.sources = sources
        self.posts = posts
        self.matchedPosts = matchedPosts
        self.matches = matches
        self.engagementSnapshots = engagementSnapshots
    }
}
