import Foundation

/// Which stored posts a report or an export reads.
public struct PostQuery: Sendable, Hashable {
    /// Posts whose time (published, else first seen) is at or after this; nil: from the start.
    public var from: Date?
    /// Posts whose time is before this; nil: up to now.
    public var to: Date?
    /// With each match's evidence words (reports and alerts do not show them; decoding them is costly).
    public var evidence: Bool
    /// Posts before this come without stable id, URL, title and text hash (a weekly report only
    /// counts them); nil: every post comes whole.
    public var detailFrom: Date?

    public init(from: Date? = nil, to: Date? = nil, evidence: Bool = true, detailFrom: Date? = nil) {
        self.from = from
        self.to = to
        self.evidence = evidence
        self.detailFrom = detailFrom
    }
}

/// Stored posts as read, with a line for each stored number that was refused (out of range, not a
/// whole number), naming the post and the value.
public struct StoredPosts: Sendable {
    public var posts: [ObservedPost]
    public var warnings: [String]

    public init(posts: [ObservedPost], warnings: [String] = []) {
        self.posts = posts
        self.warnings = warnings
    }
}
