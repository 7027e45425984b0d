import Foundation

/// What a store holds so far, to know whether anything can be reported yet.
public struct DataState: Sendable, Hashable, Codable {
    /// A channel was read successfully at least once, or a post was stored (crawled or imported).
    public var hasData: Bool
    /// Every crawl recorded was made by `pantau demo` (a demo database).
    public var onlyDemoRuns: Bool
    /// The newest published time stored (else the newest first-seen time); nil without posts.
    public var newestPost: Date?

    public init(hasData: Bool, onlyDemoRuns: Bool, newestPost: Date?) {
        self.hasData = hasData
        self.onlyDemoRuns = onlyDemoRuns
        self.newestPost = newestPost
    }
}
