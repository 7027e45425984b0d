import Foundation

/// A stored post as the scoring and reporting stages see it: where it came from, when Pantau first
/// saw it, its latest counters, and the innovations it was matched to.
public struct ObservedPost: Sendable, Hashable, Codable {
    public var id: Int64
    public var sourceID: String
    public var unitID: String
    public var platform: Platform
    public var stableID: String
    public var url: String?
    public var title: String?
    public var published: Date?
    public var firstSeen: Date
    /// Last time a crawl still saw this post listed.
    public var lastSeen: Date
    public var engagement: Engagement
    public var matches: [InnovationMatch]
    /// SHA-256 (hex) of the stored text, for evidence.
    public var textSHA256: String
    /// "export.csv:12" for a post brought in by `pantau import` (Pantau never fetched it); nil when crawled.
    public var importedFrom: String? = nil

    public init(id: Int64, sourceID: String, unitID: String, platform: Platform, stableID: String,
                url: String?, title: String?, published: Date?, firstSeen: Date, lastSeen: Date,
                engagement: Engagement, matches: [InnovationMatch], textSHA256: String = "") {
        self.id = id
        self.sourceID = sourceID
        self.unitID = unitID
        self.platform = platform
        self.stableID = stableID
        self.url = url
        self.title = title
        self.published = published
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.engagement = engagement
        self.matches = matches
        self.textSHA256 = textSHA256
    }

    /// The time a post counts at: its published time, else when Pantau first saw it.
    public var time: Date { published ?? firstSeen }
}

/// How a channel's crawls have gone, for "broken channel" (kept apart from "innovation is silent").
public struct SourceHealth: Sendable, Hashable, Codable {
    public var sourceID: String
    public var lastSuccess: Date?
    public var lastAttempt: Date?
    public var lastError: String?
    public var consecutiveFailures: Int
    public var nextDue: Date?
    public var gone: Bool
    /// Since when the source is quarantined: reading its content stopped the process twice in a row.
    public var quarantinedSince: Date?
    /// For `kind: api` sources: the last read's channel state, since when it holds, the renewal hint
    /// (token expired) and the account's followers as the API last gave them.
    public var apiState: ChannelState?
    public var apiStateSince: Date?
    public var apiHint: String?
    public var followers: Int?

    public init(sourceID: String, lastSuccess: Date? = nil, lastAttempt: Date? = nil, lastError: String? = nil,
                consecutiveFailures: Int = 0, nextDue: Date? = nil, gone: Bool = false, quarantinedSince: Date? = nil,
                apiState: ChannelState? = nil, apiStateSince: Date? = nil, apiHint: String? = nil, followers: Int? = nil) {
        self.quarantinedSince = quarantinedSince
        self.apiState = apiState
        self.apiStateSince = apiStateSince
        self.apiHint = apiHint
        self.followers = followers
        self.sourceID = sourceID
        self.lastSuccess = lastSuccess
        self.lastAttempt = lastAttempt
        self.lastError = lastError
        self.consecutiveFailures = consecutiveFailures
        self.nextDue = nextDue
        self.gone = gone
        self.quarantinedSince = quarantinedSince
    }

    /// A channel is broken after 3 failures in a row, when the server says it is gone, or while it
    /// is quarantined.
    public var isBroken: Bool { gone || consecutiveFailures >= 3 || quarantinedSince != nil }

    /// Why a quarantined source is skipped, in words (the same everywhere it is shown).
    public static let quarantineReason = LocalizedText(id: "membuat proses berhenti saat dibaca",
                                                       en: "stopped the process while it was being read")
}
