import PantauModel

extension StoredCounts {
    /// From the four counter columns of an `engagement` row on PostgreSQL (BIGINT, so always whole
    /// numbers): a value outside 0…10^15 is unknown and named in `rejected`, worded as SQLite's
    /// `init(row:)` words it.
    init(views: Int64?, likes: Int64?, comments: Int64?, shares: Int64?) {
        engagement = Engagement()
        rejected = []
        engagement.views = bounded(views, "views")
        engagement.likes = bounded(likes, "likes")
        engagement.comments = bounded(comments, "comments")
        engagement.shares = bounded(shares, "shares")
    }

    private mutating func bounded(_ value: Int64?, _ name: String) -> Int? {
        guard let value else { return nil }
        if let ok = Count.bounded(Int(value)) { return ok }
        rejected.append("\(name) \(value)")
        return nil
    }
}
