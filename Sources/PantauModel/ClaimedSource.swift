import Foundation

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
