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
        if v.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return min(Count.parse(v) ?? cap, cap) }
        if v.hasPrefix("-") { return nil }
        guard let d = parseDate(v) else { return nil }
        return Count.seconds(d.timeIntervalSince(now).rounded(.up), within: 0...cap)
    }
}

extension Schedule {
    /// How often to look at a source that has no fixed `every`, from how often it publishes: half the
    /// median gap between its recent posts, within [15 min, 24 h]. nil with fewer than 3 dated posts.
    public static func adaptive(postTimes: [Date]) -> Seconds? {
        let times = postTimes.sorted(by: >).prefix(20)
        guard times.count >= 3 else { return nil }
        var gaps = zip(times, times.dropFirst()).map { $0.timeIntervalSince($1) }.filter { $0 > 0 }
        guard !gaps.isEmpty else { return floor }
        gaps.sort()
        let median = gaps.count % 2 == 1 ? gaps[gaps.count / 2] : (gaps[gaps.count / 2 - 1] + gaps[gaps.count / 2]) / 2
        return Count.seconds(median / 2, within: floor...cap)
    }

    /// After an unchanged answer (304), a source without fixed `every` is looked at a little less often.
    public static func backOffQuiet(previous: Seconds) -> Seconds {
        min(max(Count.multiply(min(previous, cap), 3) / 2, floor), cap)
    }

    /// `max-age` of a Cache-Control header, in seconds.
    public static func maxAge(_ cacheControl: String?) -> Seconds? {
        guard let cc = cacheControl?.lowercased() else { return nil }
        for part in cc.split(separator: ",") {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, kv[0] == "max-age" else { continue }
            let digits = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            // Too many digits to count is still "a very long time": clamped to the crawl's cap.
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
            return min(Count.parse(digits) ?? cap, cap)
        }
        return nil
    }

    /// The interval to the next crawl after a success.
    /// - fixed: the source's own `every`, if the registry sets one (it always wins over adaptation).
    /// - fallback: the registry's default interval.
    /// - previous: the last interval used, if known.
    public static func interval(fixed: Seconds?, fallback: Seconds, previous: Seconds?, notModified: Bool,
                                postTimes: [Date], ttl: Seconds?, maxAge: Seconds?) -> Seconds {
        var every: Seconds
        if let fixed {
            every = fixed
        } else if notModified, let previous {
            every = backOffQuiet(previous: previous)
        } else if let a = adaptive(postTimes: postTimes) {
            every = a
        } else {
            every = fallback
        }
        // Never ask more often than the publisher says the content stays fresh.
        if let ttl { every = max(every, min(max(ttl, 0), cap)) }
        if let maxAge { every = max(every, min(max(maxAge, 0), cap)) }
        return every
    }
}
