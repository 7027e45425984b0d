import Foundation

/// A stored post's words, as re-matching and alias suggestions read them.
public struct StoredPostText: Sendable, Hashable {
    /// The store's id of the post.
    public var id: Int64
    public var sourceID: String
    public var title: String?
    public var text: String
    public var url: String?

    public init(id: Int64, sourceID: String, title: String?, text: String, url: String?) {
        self.id = id
        self.sourceID = sourceID
        self.title = title
        self.text = text
        self.url = url
    }
}
