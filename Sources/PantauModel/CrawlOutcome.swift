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
