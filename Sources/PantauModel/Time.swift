import Foundation

/// A length of time in whole seconds, as written in the registry ("30m", "1h", "14d").
public typealias Seconds = Int

/// A calendar day (no time, no zone), e.g. an innovation's launch date.
public struct Day: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Day, b: Day) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

/// Parses and prints durations: "90s", "30m", "1h", "14d", "2w"; also combined ("1h30m").
public enum DurationText {
    /// Returns seconds, or nil when the text is not a duration.
    public static func parse(_ text: String) -> Seconds? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !s.isEmpty else { return nil }
        var total = 0
        var number = ""
        var sawUnit = false
        for ch in s {
            if ch.isASCII, ch.isNumber {
                number.append(ch)
                continue
            }
            let unit: Int
            switch ch {
            case "s": unit = 1
            case "m": unit = 60
            case "h": unit = 3_600
            case "d": unit = 86_400
            case "w": unit = 7 * 86_400
            default: return nil
            }
            guard let n = Int(number), n <= 1_000_000 else { return nil }
            total = Count.add(total, n * unit)
            number = ""
            sawUnit = true
        }
        guard number.isEmpty, sawUnit, total > 0 else { return nil }
        return total
    }

    /// The shortest exact text for a duration: 1209600 → "14d".
    public static func format(_ seconds: Seconds) -> String {
        if seconds % 604_800 == 0, seconds >= 604_800, seconds % 86_400 != 0 { return "\(seconds / 604_800)w" }
        if seconds % 86_400 == 0 { return "\(seconds / 86_400)d" }
        if seconds % 3_600 == 0 { return "\(seconds / 3_600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
