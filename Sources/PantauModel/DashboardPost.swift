import Foundation

/// A stored post as the dashboard and the API list it: where it came from, its latest counters and
/// the innovations it matched, with the words that made each match (the evidence).
public struct DashboardPost: Sendable, Hashable, Codable {
    public var id: Int64
    public var sourceID: String
    public var unitID: String
    public var platform: Platform
    public var url: String?
    public var title: String?
    public var published: Date?
    public var firstSeen: Date
    public var engagement: Engagement
    public var matches: [InnovationMatch]

    public init(id: Int64, sourceID: String, unitID: String, platform: Platform, url: String?, title: String?,
                published: Date?, firstSeen: Date, engagement: Engagement, matches: [InnovationMatch]) {
        self.id = id
        self.sourceID = sourceID
        self.unitID = unitID
        self.platform = platform
        self.url = url
        self.title = title
        self.published = published
        self.firstSeen = firstSeen
        self.engagement = engagement
        self.matches = matches
    }

    /// The post's time: published, else first seen.
    public var time: Date { published ?? firstSeen }
}

/// Which posts to list, newest first; `before` is the paging cursor (a post id).
public struct DashboardPostQuery: Sendable, Hashable {
    /// Only posts of these sources (a unit's); nil for every source.
    public var sourceIDs: [String]?
    public var innovationID: String?
    public var platform: Platform?
    /// Post time (published, else first seen) in `from ..< to`.
    public var from: Date?
    public var to: Date?
    public var before: Int64?
    public var limit: Int

    public init(sourceIDs: [String]? = nil, innovationID: String? = nil, platform: Platform? = nil, from: Date? = nil,
                to: Date? = nil, before: Int64? = nil, limit: Int = 50) {
        self.sourceIDs = sourceIDs
        self.innovationID = innovationID
        self.platform = platform
        self.from = from
        self.to = to
        self.before = before
        self.limit = limit
    }
}

/// The summed latest counters of a set of posts at the end of a day: one point of an engagement chart.
public struct EngagementPoint: Sendable, Hashable, Codable {
    public var day: Date
    public var engagement: Engagement

    public init(day: Date, engagement: Engagement) {
        self.day = day
        self.engagement = engagement
    }
}
