import PantauModel

/// One post read through a platform API: the post as every stage knows it (stable id, permalink,
/// text, time, public counters) and what only an API gives.
public struct PlatformPost: Sendable, Hashable {
    public var post: Post
    /// e.g. IMAGE, VIDEO, CAROUSEL_ALBUM (Instagram); nil when the platform does not say.
    public var mediaType: String?
    /// Accounts reached (insights; only when the credential belongs to the account itself).
    public var reach: Int?
    /// Times saved (insights, idem).
    public var saves: Int?

    public init(post: Post, mediaType: String? = nil, reach: Int? = nil, saves: Int? = nil) {
        self.post = post
        self.mediaType = mediaType
        self.reach = reach
        self.saves = saves
    }

    /// Whether the post is a video (its engagement rate is per view rather than per follower).
    public var isVideo: Bool {
        guard let t = mediaType?.uppercased() else { return false }
        return t == "VIDEO" || t == "REELS" || t == "REEL"
    }
}
