import Foundation

/// What one fetched document yields: its posts, the links to follow, and feed hints.
public struct ParseOutcome: Sendable, Hashable {
    /// Posts in document order. Engagement is filled when the document publishes counters.
    public var posts: [Post]
    /// For listing pages and sitemaps: absolute article URLs (same site) to follow one level. `[]` for feeds.
    public var links: [String]
    /// RSS `<ttl>` in seconds, when present.
    public var ttlSeconds: Int?
    /// "rss20", "atom10", "json11", "html-article", "html-listing", "sitemap", …
    public var format: String
    /// Feed title or page title, when known.
    public var title: String?
    /// Feeds announced by an HTML page (`<link rel="alternate">`), absolute URLs.
    public var feeds: [String]
    /// True when the document was not well formed and was read leniently.
    public var recovered: Bool
    /// Parts of the document that could not be read and were left out, each naming its item.
    public var warnings: [String] = []

    public init(posts: [Post] = [], links: [String] = [], ttlSeconds: Int? = nil, format: String,
                title: String? = nil, feeds: [String] = [], recovered: Bool = false) {
        self.posts = posts
        self.links = links
        self.ttlSeconds = ttlSeconds
        self.format = format
        self.title = title
        self.feeds = feeds
        self.recovered = recovered
    }
}
