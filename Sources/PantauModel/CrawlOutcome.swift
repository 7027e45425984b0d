import Foundation

/// Everything one crawl of one source produced: what the run counts and what the store saves, in
/// one record (saved in a single transaction with the other outcomes of its batch).
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
    public var problem: CrawlProblem?
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
    /// What the API read reported, for the run's summary.
    public var channelRead: APIChannelRead?
    /// A parse of the source's content ran and returned in this process (its parse watch is cleared).
    public var parsed = false
    /// Set when nothing is to be recorded for the source (see `CrawlSkip`); the store only gives
    /// its claim back.
    public var skip: CrawlSkip?
    /// Filled in once saved: posts stored for the first time, and their innovation matches.
    public var newPosts = 0
    public var newMatches = 0

    public init(sourceID: String, runID: Int64?, url: String, at: Date, status: Int = 0, notModified: Bool = false,
                bytes: Int = 0, elapsed: Double = 0, problem: CrawlProblem? = nil, etag: String? = nil,
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
        self.problem = problem
        self.etag = etag
        self.lastModified = lastModified
        self.nextDue = nextDue
        self.gone = gone
        self.movedTo = movedTo
        self.posts = posts
    }

    /// A source not crawled now: nothing recorded, its claim given back.
    public static func skipped(_ source: Source, _ why: CrawlSkip, at: Date = Date()) -> CrawlOutcome {
        var o = CrawlOutcome(sourceID: source.id, runID: nil, url: source.url, at: at)
        o.skip = why
        return o
    }

    /// The problem's words as stored and shown (nil when the crawl went well).
    public var error: String? { problem?.description }

    /// Whether the source counts as failed: a refused token or a rate limit is said through the
    /// channel's state and is not a failing source.
    public var failed: Bool { problem != nil && channel?.countsAsFailure != false }
}

/// Why a source was not crawled in a run; none of these is recorded against the source.
public enum CrawlSkip: Sendable, Hashable {
    /// Another live process holds its lease.
    case heldElsewhere
    /// The run was cancelled before an answer came.
    case cancelled
    /// The platform asked Pantau to hold back until then; `note` is said in `pantau sources`.
    case waiting(until: Date, note: String)
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

/// A source read through a platform API, with what Pantau could see of it (for the run's summary).
public struct APIChannelRead: Sendable, Codable, Hashable {
    public var source: String
    public var platform: String
    /// seen | token_expired | broken | rate_limited
    public var state: String
    public var posts: Int
    public var followers: Int?
    public var calls: Int
    public var quotaSpent: Int
    /// YouTube: the source waits for quota until then.
    public var waitsUntil: Date?
    /// How to renew an expired token, in the registry's language.
    public var hint: String?

    public init(source: String, platform: String, state: String, posts: Int, followers: Int?, calls: Int,
                quotaSpent: Int, waitsUntil: Date?, hint: String?) {
        self.source = source
        self.platform = platform
        self.state = state
        self.posts = posts
        self.followers = followers
        self.calls = calls
        self.quotaSpent = quotaSpent
        self.waitsUntil = waitsUntil
        self.hint = hint
    }
}
