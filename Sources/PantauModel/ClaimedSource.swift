import Foundation

/// A source claimed for a crawl, with everything the crawl needs to know of it, read in the same
/// transaction as the claim (no database read happens while sources are crawled).
public struct ClaimedSource: Sendable {
    public var sourceID: String
    public var state: SourceState
    /// Stable ids of the posts stored for this source: those are not matched (nor their article
    /// pages fetched) again.
    public var knownIDs: Set<String>
    public var quarantine: ParseQuarantine?

    public init(sourceID: String, state: SourceState, knownIDs: Set<String> = [], quarantine: ParseQuarantine? = nil) {
        self.sourceID = sourceID
        self.state = state
        self.knownIDs = knownIDs
        self.quarantine = quarantine
    }
}
