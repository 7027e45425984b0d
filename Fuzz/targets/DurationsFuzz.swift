import Foundation
import PantauModel
import PantauParse

/// libFuzzer entry: durations from outside: Cache-Control max-age, Retry-After (seconds or a date),
/// RSS `<ttl>`, registry durations, and the schedule arithmetic they feed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDurations(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let maxAge = Schedule.maxAge("public, max-age=" + text)
    let retry = Schedule.retryAfter(text, now: now, parseDate: { DateParser.parse($0) })
    let fixed = DurationText.parse(text)
    for v in [maxAge, retry, fixed] { if let v, v < 0 { fatalError("negative duration \(v)") } }
    let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><ttl>\(text)</ttl><item><guid>a</guid></item></channel></rss>"
    let ttl = (try? DocumentParser.parse(Array(rss.utf8), url: "https://fuzz.example.id/", contentType: nil, kind: .feed,
                                         fetchedAt: now))?.ttlSeconds
    if let ttl, ttl < 0 || ttl > 7 * 86_400 { fatalError("ttl out of range \(ttl)") }
    let times = text.utf8.prefix(24).enumerated().map { now.addingTimeInterval(Double($0.element) * Double($0.offset + 1) * 1e7) }
    let every = Schedule.interval(fixed: fixed, fallback: 3_600, previous: maxAge ?? retry, notModified: text.count % 2 == 0,
                                  postTimes: times, ttl: ttl ?? retry, maxAge: maxAge)
    if every < 0 { fatalError("negative interval") }
    _ = Schedule.nextDue(now: now, every: every, failures: text.utf8.count, retryAfter: retry, jitter: 0.5)
    _ = Schedule.backOffQuiet(previous: fixed ?? Int.max)
    return 0
}
