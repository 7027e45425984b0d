import Foundation
import PantauModel

/// Everything one crawl of one source produced, saved in a single transaction.
public struct CrawlOutcome: Sendable {
    public var sourceID: String
    public var runID: Int64?
    public var url: String
    public var at: Date
    public var status: Int
    public var notModified: Bool
    public var bytes: Int
    public var elapsed: Double
    /// nil when the fetch and parse went well.
    public var error: String?
    public var etag: String?
    public var lastModified: String?
    public var nextDue: Date?
    public var gone: Bool
    /// Target of a permanent redirect, to report so the registry can be updated.
    public var movedTo: String?
    public var posts: [MatchedPost]
    /// For `kind: api` sources: what the read could see of the channel. A refused token or a rate
    /// limit is recorded here and is not counted as a failed crawl.
    public var channel: APIChannelState?

    public init(sourceID: String, runID: Int64?, url: String, at: Date, status: Int = 0, notModified: Bool = false,
                bytes: Int = 0, elapsed: Double = 0, error: String? = nil, etag: String? = nil,
                lastModified: String? = nil, nextDue: Date? = nil, gone: Bool = false, movedTo: String? = nil,
                posts: [MatchedPost] = []) {
        self.sourceID = sourceID
        self.runID = runID
        self.url = url
        self.at = at
        self.status = status
        self.notModified = notModified
        self.bytes = bytes
        self.elapsed = elapsed
        self.error = error
        self.etag = etag
        self.lastModified = lastModified
        self.nextDue = nextDue
        self.gone = gone
        self.movedTo = movedTo
        self.posts = posts
    }
}

/// One API read's channel state as stored.
public struct APIChannelState: Sendable, Hashable {
    public var state: ChannelState
    public var hint: String?
    public var followers: Int?
    public init(state: ChannelState, hint: String? = nil, followers: Int? = nil) {
        self.state = state
        self.hint = hint
        self.followers = followers
    }

    /// A refused token or a platform asking to wait says nothing about whether the channel works.
    public var countsAsFailure: Bool { state == .broken }
}
