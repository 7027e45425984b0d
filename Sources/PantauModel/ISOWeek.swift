import Foundation

/// An ISO-8601 week ("2026-W47") in a given time zone (Asia/Jakarta by default).
public struct ISOWeek: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    public init(year: Int, week: Int) {
        self.year = year
        self.week = week
    }

    /// Parses "2026-W47" (also "2026W47", "2026-w7").
    public init?(_ text: String) {
        let t = text.uppercased().replacingOccurrences(of: "-", with: "")
        let parts = t.split(separator: "W", omittingEmptySubsequences: false)
        guard parts.count == 2, let y = Int(parts[0]), let w = Int(parts[1]),
              (1000...9999).contains(y), (1...53).contains(w) else { return nil }
        let candidate = ISOWeek(year: y, week: w)
        guard w <= ISOWeek.weeks(in: y) else { return nil }
        self = candidate
    }

    public var description: String { String(format: "%04d-W%02d", year, week) }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    public static func calendar(_ zone: TimeZone) -> Calendar {
        var c = Calendar(identifier: .iso8601)
        c.timeZone = zone
        c.locale = Locale(identifier: "en_US_POSIX")
        return c
    }

    public static let jakarta = TimeZone(identifier: "Asia/Jakarta")!

    /// The week containing `date` in `zone`.
    public static func containing(_ date: Date, in zone: TimeZone = jakarta) -> ISOWeek {
        let c = calendar(zone)
        let comps = c.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return ISOWeek(year: comps.yearForWeekOfYear!, week: comps.weekOfYear!)
    }

    /// The last week that has fully ended before `now`.
    public static func lastComplete(before now: Date, in zone: TimeZone = jakarta) -> ISOWeek {
        containing(now, in: zone).adding(-1, in: zone)
    }

    /// Monday 00:00 of this week in `zone`.
    public func start(in zone: TimeZone = ISOWeek.jakarta) -> Date {
        var comps = DateComponents()
        comps.yearForWeekOfYear = year
        comps.weekOfYear = week
        comps.weekday = 2
        comps.hour = 0
        return ISOWeek.calendar(zone).date(from: comps)!
    }

    /// The following Monday 00:00 (exclusive end).
    public func end(in zone: TimeZone = ISOWeek.jakarta) -> Date {
        ISOWeek.calendar(zone).date(byAdding: .day, value: 7, to: start(in: zone))!
    }

    public func contains(_ date: Date, in zone: TimeZone = ISOWeek.jakarta) -> Bool {
        date >= start(in: zone) && date < end(in: zone)
    }

    public func adding(_ weeks: Int, in zone: TimeZone = ISOWeek.jakarta) -> ISOWeek {
        let d = ISOWeek.calendar(zone).date(byAdding: .day, value: 7 * weeks, to: start(in: zone))!
        return ISOWeek.containing(d.addingTimeInterval(3_600), in: zone)
    }

    static func weeks(in year: Int) -> Int {
        // A year has 53 ISO weeks when Dec 28 falls in week 53.
        var comps = DateComponents()
        comps.year = year
        comps.month = 12
        comps.day = 28
        let c = calendar(TimeZone(identifier: "UTC")!)
        return c.component(.weekOfYear, from: c.date(from: comps)!)
    }
}
