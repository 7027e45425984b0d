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
