import Foundation
import PantauModel

extension Schedule {
    /// One crawl attempt of a source, as the schedule needs to see it.
    public struct Attempt: Sendable {
        public var at: Date
        /// The source's own `every`, if the registry sets one.
        public var fixedEvery: Seconds?
        /// The registry's default interval.
        public var fallbackEvery: Seconds
        /// Something went wrong (the source's state keeps the last success).
        public var problem = false
        /// …and it counts as a failure of the source (a refused token or a rate limit does not).
        public var failed = false
        public var notModified = false
        /// Publication times of the posts read, for the adaptive interval.
        public var postTimes: [Date] = []
        /// The feed's own `ttl`, and the answer's Cache-Control `max-age`.
        public var ttl: Seconds?
        public var maxAge: Seconds?
        /// Seconds the server or platform asked to wait (Retry-After, a quota), if any.
        public var retryAfter: Seconds?
        /// Whether the interval may adapt to the posts and the answer (feeds and pages; an API read
        /// keeps the registry's interval).
        public var adapts = true

        public init(at: Date, fixedEvery: Seconds?, fallbackEvery: Seconds) {
            self.at = at
            self.fixedEvery = fixedEvery
            self.fallbackEvery = fallbackEvery
        }
    }

    /// When to crawl a source next after `attempt`, given its state before it. Failures in a row
    /// grow from the state's count (a problem that is not a failure keeps the count); after a
    /// success the interval adapts (see `interval`); `jitter` in 0..<1 spreads sources apart.
    public static func next(after attempt: Attempt, state: SourceState?, jitter: Double = .random(in: 0..<1)) -> Date {
        let before = state?.consecutiveFailures ?? 0
        let failures = attempt.failed ? Count.add(before, 1) : (attempt.problem ? before : 0)
        let every = attempt.fixedEvery ?? attempt.fallbackEvery
        let chosen = failures > 0 || !attempt.adapts ? every : interval(
            fixed: attempt.fixedEvery, fallback: attempt.fallbackEvery, previous: state?.previousInterval,
            notModified: attempt.notModified, postTimes: attempt.postTimes, ttl: attempt.ttl, maxAge: attempt.maxAge)
        return nextDue(now: attempt.at, every: chosen, failures: failures, retryAfter: attempt.retryAfter, jitter: jitter)
    }
}
