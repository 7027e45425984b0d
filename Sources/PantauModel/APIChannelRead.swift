import Foundation

/// A source read through a platform API, with what Pantau could see of it (for the run's summary).
public struct APIChannelRead: Sendable, Codable, Hashable {
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

    public init(source: String, platform: String, state: String, posts: Int, followers: Int?, calls: Int,
                quotaSpent: Int, waitsUntil: Date?, hint: String?) {
        self.source = source
        self.platform = platform
        self.state = state
        self.posts = posts
        self.followers = followers
        self.calls = calls
        self.quotaSpent = quotaSpent
        self.waitsUntil = waitsUntil
        self.hint = hint
    }
}
