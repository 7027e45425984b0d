import PantauModel

/// The Graph API's own account of how close the app is to its rate limits, from the
/// `X-App-Usage`, `X-Page-Usage` and `X-Business-Use-Case-Usage` headers (percentages of the limit).
public struct GraphUsage: Sendable, Hashable {
    /// The highest percentage any header reported (call count, CPU time or total time).
    public var percent: Int
    /// Seconds until access is regained, when a Business Use Case header said
    /// (`estimated_time_to_regain_access`, given in minutes).
    public var regainSeconds: Int?

    /// Past this percentage Pantau slows down.
    public static let slowDownAbove = 80

    public init(percent: Int, regainSeconds: Int? = nil) {
        self.percent = percent
        self.regainSeconds = regainSeconds
    }

    public var shouldSlowDown: Bool { percent > Self.slowDownAbove || (regainSeconds ?? 0) > 0 }

    /// Seconds to wait before the next call: none up to 80 %, then growing to a minute at 100 %;
    /// at or past 100 % (or when access is blocked) the time the platform gave, else an hour.
    public var pauseSeconds: Int {
        if let r = regainSeconds, r > 0 { return r }
        if percent >= 100 { return 3_600 }
        if percent <= Self.slowDownAbove { return 0 }
        return 3 * (percent - Self.slowDownAbove)
    }

    /// Reads the usage headers of an answer; nil when it had none readable.
    public static func read(_ response: PlatformResponse) -> GraphUsage? {
        var found = false
        var percent = 0
        var regain: Int?
        for name in ["x-app-usage", "x-page-usage", "x-ad-account-usage"] {
            guard let v = response.header(name), let tree = JSONTree.parse(Array(v.utf8)) else { continue }
            if let p = highest(tree) { percent = max(percent, p); found = true }
        }
        if let v = response.header("x-business-use-case-usage"), case let .object(byBusiness)? = JSONTree.parse(Array(v.utf8)) {
            for entries in byBusiness.values {
                for e in entries.array ?? [] {
                    if let p = highest(e) { percent = max(percent, p); found = true }
                    if let m = Count.read(e["estimated_time_to_regain_access"]), m > 0 {
                        regain = max(regain ?? 0, min(m, 7 * 24 * 60) * 60)
                        found = true
                    }
                }
            }
        }
        return found ? GraphUsage(percent: percent, regainSeconds: regain) : nil
    }

    /// The highest of call_count, total_cputime and total_time in one usage object (0 … 1000).
    static func highest(_ o: JSONTree) -> Int? {
        let values = ["call_count", "total_cputime", "total_time"].compactMap { Count.read(o[$0]) }
        return values.max().map { min($0, 1_000) }
    }
}
