import Foundation

/// A public post as parsed from a feed or page, before it is stored.
public struct Post: Sendable, Hashable, Codable {
    /// Stable identity within its source: guid / Atom id / link.
    public var stableID: String
    public var url: String?
    public var title: String?
    /// Plain text (markup removed) of the summary or content.
    public var text: String
    public var published: Date?
    public var updated: Date?
    public var author: String?
    public var categories: [String]
    public var engagement: Engagement

    public init(stableID: String, url: String? = nil, title: String? = nil, text: String = "",
                published: Date? = nil, updated: Date? = nil, author: String? = nil,
                categories: [String] = [], engagement: Engagement = Engagement()) {
        self.stableID = stableID
        self.url = url
        self.title = title
        self.text = text
        self.published = published
        self.updated = updated
        self.author = author
        self.categories = categories
        self.engagement = engagement
    }
}

/// Public counters of a post, where the platform exposes them. nil means "not published", not zero.
public struct Engagement: Sendable, Hashable, Codable {
    public var views: Int?
    public var likes: Int?
    public var comments: Int?
    public var shares: Int?

    public init(views: Int? = nil, likes: Int? = nil, comments: Int? = nil, shares: Int? = nil) {
        self.views = views
        self.likes = likes
        self.comments = comments
        self.shares = shares
    }

    public var isEmpty: Bool { views == nil && likes == nil && comments == nil && shares == nil }
}

/// A link from a post to an innovation, with the words that made it.
public struct InnovationMatch: Sendable, Hashable, Codable {
    public var innovationID: String
    /// 0…1 confidence.
    public var score: Double
    /// What fired, readable by a person: e.g. ["acronym: SIMBA", "unit: Polres Tuban"].
    public var evidence: [String]

    public init(innovationID: String, score: Double, evidence: [String]) {
        self.innovationID = innovationID
        self.score = score
        self.evidence = evidence
    }
}
