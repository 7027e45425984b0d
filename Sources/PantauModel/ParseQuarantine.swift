import Foundation

/// A source whose content stopped the process twice in a row while it was being parsed.
public struct ParseQuarantine: Sendable, Hashable {
    public var sourceID: String
    public var since: Date
    /// Hash of the content that did it: other content is parsed again at once.
    public var contentHash: String

    public init(sourceID: String, since: Date, contentHash: String) {
        self.sourceID = sourceID
        self.since = since
        self.contentHash = contentHash
    }

    /// How long a quarantined source's unchanged content is left alone.
    public static let span: TimeInterval = 86_400

    /// Whether `contentHash` is the content that was quarantined, within the last 24 hours at `at`.
    public func holds(contentHash hash: String, at: Date) -> Bool {
        contentHash == hash && at.timeIntervalSince(since) < Self.span
    }
}

/// A parse about to start, written down before it does (see `CrawlStorage.markParsesUnderWay`).
public struct ParseMark: Sendable, Hashable {
    public var sourceID: String
    /// Hash of the content about to be parsed: a quarantine holds for this content only.
    public var contentHash: String

    public init(sourceID: String, contentHash: String) {
        self.sourceID = sourceID
        self.contentHash = contentHash
    }
}

/// A source claimed for a crawl, with everything the crawl needs to know of it, read in the same
/// transaction as the claim (no database read happens while sources are crawled).
public struct ClaimedSource: Sendable {
    public var sourceID: String
    public var state: SourceState
    /// Stable ids of the posts stored for this source: those are not matched (nor their article
    /// pages fetched) again.
    public var knownIDs: Set<String>
    /// Times in a row a process died while this source was claimed and not saved. From 1 on the
    /// source is a suspect: its parse runs alone, under its own mark, so the next death is its own.
    public var deaths: Int
    public var quarantine: ParseQuarantine?

    public init(sourceID: String, state: SourceState, knownIDs: Set<String> = [], deaths: Int = 0,
                quarantine: ParseQuarantine? = nil) {
        self.sourceID = sourceID
        self.state = state
        self.knownIDs = knownIDs
        self.deaths = deaths
        self.quarantine = quarantine
    }

    /// A suspect's parse runs alone under its own mark.
    public var isSuspect: Bool { deaths > 0 }
}
