import Foundation

/// Every sum, rate, delta and weekly bucket of engagement counters goes through here, so that a
/// counter from outside can never trap the process (see `Count`).
extension Engagement {
    /// Likes + comments + shares that are known, saturating.
    public var interactions: Int { Count.add(Count.add(likes ?? 0, comments ?? 0), shares ?? 0) }

    /// Whether any of likes, comments or shares is known.
    public var hasInteractions: Bool { likes != nil || comments != nil || shares != nil }

    /// The counters with every value outside 0…10^15 made unknown, and the names of those fields.
    public func bounded() -> (engagement: Engagement, rejected: [String]) {
        var out = self
        var rejected: [String] = []
        func check(_ v: inout Int?, _ name: String) {
            guard let x = v, Count.bounded(x) == nil else { return }
            v = nil
            rejected.append("\(name) \(x)")
        }
        check(&out.views, "views")
        check(&out.likes, "likes")
        check(&out.comments, "comments")
        check(&out.shares, "shares")
        return (out, rejected)
    }

    /// Interactions now minus interactions in `earlier`, saturating.
    public func interactionDelta(since earlier: Engagement) -> Int {
        Count.subtract(interactions, earlier.interactions)
    }
}

/// A running total of posts, interactions and a denominator (views or followers), saturating.
public struct EngagementTally: Sendable, Hashable {
    public var posts = 0
    public var interactions = 0
    public var denominator = 0

    public init() {}

    public mutating func add(_ e: Engagement, denominator d: Int = 0) {
        posts = Count.add(posts, 1)
        interactions = Count.add(interactions, e.interactions)
        denominator = Count.add(denominator, d)
    }

    /// Interactions per post, nil without posts.
    public var perPost: Double? { Count.rate(interactions, over: posts) }

    /// Interactions over the denominator, nil when it is not above 0.
    public var rate: Double? { Count.rate(interactions, over: denominator) }
}

/// Consecutive weeks (given by their start times and the end of the last) with one tally each.
public struct EngagementWeeks: Sendable {
    public let starts: [Date]
    public let end: Date
    public private(set) var tallies: [EngagementTally]

    public init(starts: [Date], end: Date) {
        self.starts = starts
        self.end = end
        tallies = Array(repeating: EngagementTally(), count: starts.count)
    }

    /// The week `time` falls in, nil outside the span.
    public func slot(of time: Date) -> Int? {
        guard let first = starts.first, time >= first, time < end else { return nil }
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= time { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Adds a post's counters to its week; false when the time is outside the span.
    @discardableResult
    public mutating func add(_ e: Engagement, at time: Date) -> Bool {
        guard let s = slot(of: time) else { return false }
        tallies[s].add(e)
        return true
    }
}
