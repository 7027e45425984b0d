import Foundation

/// What Pantau can say about a unit's presence on one platform, for the report, `pantau sources`
/// and the alerts. Only `seen` means Pantau looked and saw; every other value is a reason it could
/// not, said as such instead of being taken for silence.
public enum ChannelVisibility: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least one of the unit's channels on the platform was read recently.
    case seen
    /// The unit has no channel registered on the platform.
    case notRegistered = "not_registered"
    /// The channel is registered but has not been read (never, or not in the last 7 days).
    case notYetRead = "not_yet_read"
    /// The platform refused the credential; Pantau cannot look until it is renewed.
    case tokenExpired = "token_expired"
    /// Reading the channel fails (3 times in a row, gone, or the API answers with an error).
    case broken
    /// A bridge feed still answers but its newest post is much older than the channel's usual gap
    /// (bridges sometimes serve months-old posts with HTTP 200).
    case stale

    /// Whether Pantau actually saw the channel (the only case in which "no post" means silence).
    public var isSeen: Bool { self == .seen }
}

/// One registered channel as the store knows it, the input of the visibility rules.
public struct ChannelObservation: Sendable, Hashable {
    public var source: Source
    public var health: SourceHealth?
    /// The last API read's state, for `kind: api` sources.
    public var apiState: ChannelState?
    /// When the API state was recorded.
    public var apiStateAt: Date?
    /// Publication times of the channel's stored posts (any order).
    public var postTimes: [Date]

    public init(source: Source, health: SourceHealth? = nil, apiState: ChannelState? = nil, apiStateAt: Date? = nil,
                postTimes: [Date] = []) {
        self.source = source
        self.health = health
        self.apiState = apiState ?? health?.apiState
        self.apiStateAt = apiStateAt ?? health?.apiStateSince
        self.postTimes = postTimes
    }
}
