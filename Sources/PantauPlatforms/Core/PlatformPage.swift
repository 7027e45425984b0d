/// What one answer gave: posts, where the next page starts, and what the answer said about the
/// account and about load.
public struct PlatformPage: Sendable {
    public var posts: [PlatformPost]
    /// The cursor or page token of the next page; nil on the last page.
    public var next: String?
    /// Followers or subscribers of the account, when this answer carried them.
    public var followers: Int?
    /// Rate-limit usage the answer's headers reported (Graph API).
    public var usage: GraphUsage?

    public init(posts: [PlatformPost] = [], next: String? = nil, followers: Int? = nil, usage: GraphUsage? = nil) {
        self.posts = posts
        self.next = next
        self.followers = followers
        self.usage = usage
    }
}
