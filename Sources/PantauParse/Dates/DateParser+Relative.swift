import Foundation

/// Relative dates ("3 jam yang lalu", "kemarin", "2 hours ago").
extension DateParser {
    static func parseRelative(_ s: String, now: Date) -> Date? {
        let w = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard let first = w.first else { return nil }
        if ["baru", "just", "now", "sekarang"].contains(first) && w.count <= 2 { return now }
        if first == "kemarin" || first == "yesterday" {
            let rest = w.dropFirst().filter { $0 != "pukul" && $0 != "at" && $0 != "wib" }
            if let t = rest.first, let time = parseTime(t) {
                return atJakartaTime(now.addingTimeInterval(-86_400), time.hms)
            }
            return rest.isEmpty ? now.addingTimeInterval(-86_400) : nil
        }
        if first == "hari" && w.count >= 2 && w[1] == "ini" {
            if w.count >= 3, let time = parseTime(w.last!) { return atJakartaTime(now, time.hms) }
            return now
        }
        let isAgo = w.contains("lalu") || w.last == "ago"
        guard isAgo else { return nil }
        var n: Int
        var unitWord: String
        if let v = Int(first), w.count >= 2 {
            n = v
            unitWord = w[1]
        } else if first.hasPrefix("se"), first.count > 3 {
            n = 1
            unitWord = String(first.dropFirst(2))
        } else if (first == "a" || first == "an" || first == "one"), w.count >= 2 {
            n = 1
            unitWord = w[1]
        } else {
            return nil
        }
        let unit: Double
        switch unitWord {
        case "detik", "second", "seconds", "sec", "secs", "dtk": unit = 1
        case "menit", "minute", "minutes", "min", "mins", "mnt": unit = 60
        case "jam", "hour", "hours", "hr", "hrs": unit = 3_600
        case "hari", "day", "days": unit = 86_400
        case "minggu", "pekan", "week", "weeks": unit = 7 * 86_400
        case "bulan", "month", "months": unit = 30 * 86_400
        case "tahun", "year", "years": unit = 365 * 86_400
        default: return nil
        }
        guard n >= 0, n < 100_000 else { return nil }
        return now.addingTimeInterval(-Double(n) * unit)
    }

    static func atJakartaTime(_ date: Date, _ hms: (Int, Int, Int)) -> Date {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + 7 * 3_600
        let dayStart = local - ((local % 86_400) + 86_400) % 86_400
        return Date(timeIntervalSince1970: Double(dayStart + hms.0 * 3_600 + hms.1 * 60 + hms.2 - 7 * 3_600))
    }
}
