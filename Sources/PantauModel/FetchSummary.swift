/// What `/metrics` tells about the crawl, from the stored fetches.
public struct FetchSummary: Sendable, Hashable {
    /// Fetches by outcome: ok, not-modified, http-error, network-error.
    public var byOutcome: [String: Int]
    /// Upper bounds (seconds) and how many fetches took at most that long (cumulative, as Prometheus has it).
    public var latencyBuckets: [(le: Double, count: Int)]
    public var latencyCount: Int
    public var latencySum: Double

    public init(byOutcome: [String: Int], latencyBuckets: [(le: Double, count: Int)], latencyCount: Int, latencySum: Double) {
        self.byOutcome = byOutcome
        self.latencyBuckets = latencyBuckets
        self.latencyCount = latencyCount
        self.latencySum = latencySum
    }

    public static func == (a: FetchSummary, b: FetchSummary) -> Bool {
        a.byOutcome == b.byOutcome && a.latencyCount == b.latencyCount && a.latencySum == b.latencySum
            && a.latencyBuckets.map(\.count) == b.latencyBuckets.map(\.count)
    }

    public func hash(into h: inout Hasher) { h.combine(byOutcome); h.combine(latencyCount) }
}

/// The summary's histogram bounds, in seconds.
public let fetchLatencyBounds: [Double] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
