import Foundation

/// A feed as read, before it becomes posts: one normalised model for RSS, RDF, Atom and JSON Feed.
package struct FeedDocument: Sendable, Equatable {
    package var format: String
    package var title: FeedText?
    package var link: String?
    package var language: String?
    package var updated: Date?
    package var ttlMinutes: Int?
    /// Problems of the document outside its entries (e.g. an entry that is not an object).
    package var warnings: [String] = []
    /// The longest `<ttl>` believed: 7 days.
    static let maxTTLMinutes = 7 * 24 * 60
    package var entries: [FeedEntry] = []
}

/// One item / entry.
package struct FeedEntry: Sendable, Equatable {
    package var id: String?
    package var title: FeedText?
    package var link: String?
    /// `link` is the guid / id (feedparser's permalink rule), which may be no URL at all.
    package var linkIsGuid = false
    package var published: Date?
    package var updated: Date?
    package var author: String?
    package var summary: FeedText?
    package var content: FeedText?
    package var categories: [String] = []
    package var enclosures: [FeedEnclosure] = []
    package var comments: Int?
    package var views: Int?
    package var likes: Int?
    package var shares: Int?
    /// Fields of this entry that could not be read (the entry is kept without them).
    package var warnings: [String] = []
}

/// An attached file (RSS enclosure, Atom `rel="enclosure"`, JSON Feed attachment).
package struct FeedEnclosure: Sendable, Hashable {
    package var url: String
    package var type: String?
    package var length: Int?
}

/// A text value and whether it is markup.
package struct FeedText: Sendable, Hashable {
    package var value: String
    package var isHTML: Bool
    /// XHTML markup (serialised from XML elements) rather than escaped HTML.
    package var isXHTML = false

    /// Plain text: markup removed when HTML, whitespace collapsed in both cases.
    package var plain: String { isHTML ? HTMLText.strip(value) : HTMLText.collapse(value) }
}
