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
