/// When to try a failed delivery again within one run: exponential backoff with a cap.
/// Across runs nothing is needed: an undelivered notification stays pending (`AlertLifecycle`).
public struct RetryPolicy: Sendable, Hashable {
    /// Tries in all, the first one included.
    public var attempts: Int
    /// Wait before the second try, in seconds; doubled for each further try.
    public var initialDelay: Double
    /// Longest wait between two tries, in seconds.
    public var maxDelay: Double

    public init(attempts: Int = 5, initialDelay: Double = 1, maxDelay: Double = 60) {
        self.attempts = max(1, attempts)
        self.initialDelay = max(0, initialDelay)
        self.maxDelay = max(0, maxDelay)
    }

    /// Seconds to wait after failed try number `failed` (1-based), or nil when no try is left.
    /// A server's `Retry-After` (seconds), when given, wins if it is longer, up to `maxDelay`.
    public func delay(afterFailedAttempt failed: Int, retryAfter: Double? = nil) -> Double? {
        guard failed >= 1, failed < attempts else { return nil }
        var d = initialDelay
        for _ in 1..<failed { d = min(maxDelay, d * 2) }
        if let r = retryAfter, r > d { d = r }
        return min(maxDelay, d)
    }

    /// Whether an HTTP status is worth another try: 408, 425, 429 and 5xx; not other 4xx.
    public static func isRetryable(httpStatus: Int) -> Bool {
        httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || (500...599).contains(httpStatus)
    }
}
