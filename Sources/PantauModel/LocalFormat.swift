import Foundation

/// Dates and numbers written the way report readers expect: Indonesian ("Senin, 16 November 2026",
/// "1.234,5") or English ("Monday, 16 November 2026", "1,234.5"). Locale data is not consulted, so
/// the output is the same on every machine.
public enum LocalFormat {
    static let idWeekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
    static let enWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let idMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                           "September", "Oktober", "November", "Desember"]
    static let enMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                           "September", "October", "November", "December"]
    static let idShortMonths = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    static let enShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Civil date and time of `date` in `zone`, by arithmetic (Foundation's calendar and
    /// `String(format:)` are slow enough to dominate million-row exports).
    struct Parts {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
        /// 0 = Sunday … 6 = Saturday.
        var weekday: Int
        var offset: Int
    }

    /// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's days-to-civil).
    public static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    static func parts(_ date: Date, _ zone: TimeZone) -> Parts {
        let offset = zone.secondsFromGMT(for: date)
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let secs = local - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        let wd = ((days % 7) + 11) % 7   // 1970-01-01 was a Thursday
        return Parts(year: y, month: m, day: d, hour: secs / 3_600, minute: (secs % 3_600) / 60, second: secs % 60,
                     weekday: wd, offset: offset)
    }

    /// Zero-padded decimal.
    static func pad(_ n: Int, _ width: Int) -> String {
        if width == 2, n >= 0, n < 100 { return n < 10 ? "0" + String(n) : String(n) }
        let s = String(n)
        let short = width - s.utf8.count
        return short <= 0 ? s : String(repeating: "0", count: short) + s
    }

    /// "Senin, 16 November 2026" / "Monday, 16 November 2026".
    public static func longDate(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let days = language == .id ? idWeekdays : enWeekdays
        let months = language == .id ? idMonths : enMonths
        return "\(days[p.weekday]), \(p.day) \(months[p.month - 1]) \(p.year)"
    }

    /// "16 Nov 2026" (Indonesian month abbreviations: Mei, Agu, Okt, Des).
    public static func shortDate(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let months = language == .id ? idShortMonths : enShortMonths
        return "\(p.day) \(months[p.month - 1]) \(p.year)"
    }

    /// "16 Nov 2026 14.30 WIB" (Indonesian writes hours with a dot) / "16 Nov 2026 14:30 WIB".
    public static func dateTime(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let sep = language == .id ? "." : ":"
        let time = pad(p.hour, 2) + sep + pad(p.minute, 2)
        return "\(shortDate(date, zone: zone, language: language)) \(time) \(zoneName(zone, at: date))"
    }

    /// "2026-11-16": the calendar day in `zone`, for CSV and JSON.
    public static func isoDay(_ date: Date, zone: TimeZone) -> String {
        let p = parts(date, zone)
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2)
    }

    /// "2026-11-16T14:30:00+07:00": an ISO-8601 time with the zone's offset.
    public static func isoTime(_ date: Date, zone: TimeZone) -> String {
        let p = parts(date, zone)
        let a = abs(p.offset)
        return pad(p.year, 4) + "-" + pad(p.month, 2) + "-" + pad(p.day, 2) + "T" + pad(p.hour, 2) + ":" + pad(p.minute, 2)
            + ":" + pad(p.second, 2) + (p.offset < 0 ? "-" : "+") + pad(a / 3_600, 2) + ":" + pad((a % 3_600) / 60, 2)
    }

    /// WIB / WITA / WIT for the Indonesian zones, else "UTC+7"-style.
    public static func zoneName(_ zone: TimeZone, at date: Date) -> String {
        switch zone.identifier {
        case "Asia/Jakarta", "Asia/Pontianak": return "WIB"
        case "Asia/Makassar": return "WITA"
        case "Asia/Jayapura": return "WIT"
        default:
            let s = zone.secondsFromGMT(for: date)
            if s == 0 { return "UTC" }
            let h = abs(s) / 3_600, m = (abs(s) % 3_600) / 60
            return "UTC" + (s < 0 ? "-" : "+") + (m == 0 ? "\(h)" : "\(h):" + pad(m, 2))
        }
    }

    /// "1.234.567" / "1,234,567".
    public static func integer(_ n: Int, language: Language) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(language == .id ? "." : ",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// "1.234,5" / "1,234.5", rounded to `digits` decimals; trailing zero decimals are kept.
    public static func decimal(_ x: Double, digits: Int = 1, language: Language) -> String {
        guard x.isFinite else { return "–" }
        let scale = pow(10.0, Double(digits))
        let scaled = (abs(x) * scale).rounded()
        let whole = Int(scaled / scale)
        let frac = Int(scaled) - whole * Int(scale)
        var text = integer(whole, language: language)
        if digits > 0 {
            let f = String(frac)
            text += (language == .id ? "," : ".") + String(repeating: "0", count: digits - f.count) + f
        }
        return (x < 0 && scaled != 0 ? "-" : "") + text
    }

    /// A share 0…1 as "45%" / "45,5%": whole percent unless `digits` asks for more.
    public static func percent(_ share: Double, digits: Int = 0, language: Language) -> String {
        decimal(share * 100, digits: digits, language: language) + "%"
    }
}
