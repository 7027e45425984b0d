import Foundation

/// What the crawler needs to know about a source before fetching it.
public struct SourceState: Sendable, Hashable {
    public var etag: String?
    public var lastModified: String?
    public var nextDue: Date?
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var consecutiveFailures: Int
    public var gone: Bool
    public var movedTo: String?

    public init(etag: String? = nil, lastModified: String? = nil, nextDue: Date? = nil, lastAttempt: Date? = nil,
                lastSuccess: Date? = nil, consecutiveFailures: Int = 0, gone: Bool = false, movedTo: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
        self.nextDue = nextDue
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.consecutiveFailures = consecutiveFailures
        self.gone = gone
        self.movedTo = movedTo
    }

    /// The interval last scheduled (next due minus last attempt), if known.
    public var previousInterval: Int? {
        guard let n = nextDue, let a = lastAttempt, n > a else { return nil }
        return Count.seconds(n.timeIntervalSince(a), within: 0...(366 * 86_400))
    }
}
