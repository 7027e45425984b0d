import Foundation
import PantauModel

/// When a source should be crawled next: its interval after a success, exponential backoff with
/// jitter after failures (capped at 24 h, never dropped), and the server's Retry-After when it gave one.
public enum Schedule {
    public static let cap: Seconds = 86_400
    public static let floor: Seconds = 15 * 60

    /// Next due time after a crawl at `now`.
    /// - failures: consecutive failures including this one (0 after a success).
    /// - retryAfter: seconds the server asked us to wait (429/503), if any.
    /// - jitter: a number in 0..<1 (random in production, fixed in tests).
    public static func nextDue(now: Date, every: Seconds, failures: Int, retryAfter: Seconds?, jitter: Double) -> Date {
        if let retryAfter {
            return now.addingTimeInterval(TimeInterval(min(max(retryAfter, 1), cap)))
        }
        if failures == 0 {
            // ±10 % so sources registered together do not fire together.
            let spread = Double(every) * 0.1 * (jitter * 2 - 1)
            return now.addingTimeInterval(max(60, Double(every) + spread))
        }
        let base = Double(min(every, 3_600)) * pow(2, Double(min(failures - 1, 20)))
        let wait = min(Double(cap), base) * (0.75 + 0.5 * jitter)
        return now.addingTimeInterval(min(Double(cap), max(60, wait)))
    }

    /// Parses Retry-After: delay-seconds or an HTTP date (relative to `now`), capped at 24 h.
    public static func retryAfter(_ value: String?, now: Date, parseDate: (String) -> Date?) -> Seconds? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        if let n = Int(v) { return n >= 0 ? min(n, cap) : nil }
        guard let d = parseDate(v) else { return nil }
        return min(max(Int(d.timeIntervalSince(now).rounded(.up)), 0), cap)
    }
}
