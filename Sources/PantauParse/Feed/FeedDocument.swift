import Foundation

/// A feed as read, before it becomes posts: one normalised model for RSS, RDF, Atom and JSON Feed.
struct FeedDocument: Sendable, Equatable {
    var format: String
    var title: FeedText?
    var link: String?
    var language: String?
    var updated: Date?
    var ttlMinutes: Int?
    /// Problems of the document outside its entries (e.g. an entry that is not an object).
    var warnings: [String] = []
    /// The longest `<ttl>` believed: 7 days.
    static let maxTTLMinutes = 7 * 24 * 60
    var entries: [FeedEntry] = []
}

/// One item / entry.
struct FeedEntry: Sendable, Equatable {
    var id: String?
    var title: FeedText?
    var link: String?
    var published: Date?
    var updated: Date?
    var author: String?
    var summary: FeedText?
    var content: FeedText?
    var categories: [String] = []
    var enclosures: [FeedEnclosure] = []
    var comments: Int?
    var views: Int?
    var likes: Int?
    var shares: Int?
    /// Fields of this entry that could not be read (the entry is kept without them).
    var warnings: [String] = []
}

/// An attached file (RSS enclosure, Atom `rel="enclosure"`, JSON Feed attachment).
struct FeedEnclosure: Sendable, Hashable {
    var url: String
    var type: String?
    var length: Int?
}

/// A text value and whether it is markup.
struct FeedText: Sendable, Hashable {
    var value: String
    var isHTML: Bool
    /// XHTML markup (serialised from XML elements) rather than escaped HTML.
    var isXHTML = false

    /// Plain text: markup removed when HTML, whitespace collapsed in both cases.
    var plain: String { isHTML ? HTMLText.strip(value) : HTMLText.collapse(value) }
}
