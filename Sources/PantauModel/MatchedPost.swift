import Foundation

/// A parsed post with the innovations it was matched to.
public struct MatchedPost: Sendable {
    public var post: Post
    public var matches: [InnovationMatch]
    public init(post: Post, matches: [InnovationMatch]) {
        self.post = post
        self.matches = matches
    }
}
