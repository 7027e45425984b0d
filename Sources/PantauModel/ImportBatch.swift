import Foundation

/// Posts brought in from a platform export for one source, with where each came from.
public struct ImportBatch: Sendable {
    public var sourceID: String
    public var posts: [MatchedPost]

    public init(sourceID: String, posts: [MatchedPost]) {
        self.sourceID = sourceID
        self.posts = posts
    }
}

/// The export file and line a post was imported from.
public struct ImportOrigin: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}
