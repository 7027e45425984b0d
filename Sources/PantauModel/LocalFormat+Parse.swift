import Foundation

/// Moments as a person types them on a command line, and the minute as tables show it.
extension LocalFormat {
    /// "2026-11-16 14:30": the minute in `zone`, in a form that sorts as text.
    public static func isoMinute(_ date: Date, zone: TimeZone) -> String {
        let p = parts(date, zone)
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2) + " " + pad(p.hour, 2) + ":" + pad(p.minute, 2)
    }

    /// A moment typed by a person: ISO 8601 ("2026-11-23T08:00:00+07:00"), or a plain day
    /// ("2026-11-23") taken as 00:00 of that day in `zone`. Nil when it is neither.
    public static func moment(_ text: String, zone: TimeZone) -> Date? {
        if let d = ISO8601DateFormatter().date(from: text) { return d }
        return dayStart(text, zone: zone)
    }

    /// "2026-11-23" (month and day may have one digit) as 00:00 of that day in `zone`; nil for a
    /// day the calendar does not have.
    public static func dayStart(_ text: String, zone: TimeZone) -> Date? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count == 3, fields[0].count == 4, (1...2).contains(fields[1].count), (1...2).contains(fields[2].count),
              fields.allSatisfy({ $0.allSatisfy(\.isASCII) }),
              let y = Int(fields[0]), let m = Int(fields[1]), let d = Int(fields[2]) else { return nil }
        let days = days(fromCivil: y, m, d)
        guard civil(fromDays: days) == (y, m, d) else { return nil }
        let midnightUTC = days * 86_400
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(midnightUTC)))
        return Date(timeIntervalSince1970: Double(midnightUTC - offset))
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's days-from-civil, the inverse of `civil(fromDays:)`).
    public static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
