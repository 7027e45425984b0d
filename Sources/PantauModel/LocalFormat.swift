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

    static func parts(_ date: Date, _ zone: TimeZone) -> DateComponents {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        return c.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
    }

    /// "Senin, 16 November 2026" / "Monday, 16 November 2026".
    public static func longDate(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let days = language == .id ? idWeekdays : enWeekdays
        let months = language == .id ? idMonths : enMonths
        return "\(days[p.weekday! - 1]), \(p.day!) \(months[p.month! - 1]) \(p.year!)"
    }

    /// "16 Nov 2026" (Indonesian month abbreviations: Mei, Agu, Okt, Des).
    public static func shortDate(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let months = language == .id ? idShortMonths : enShortMonths
        return "\(p.day!) \(months[p.month! - 1]) \(p.year!)"
    }

    /// "16 Nov 2026 14.30 WIB" (Indonesian writes hours with a dot) / "16 Nov 2026 14:30 WIB".
    public static func dateTime(_ date: Date, zone: TimeZone, language: Language) -> String {
        let p = parts(date, zone)
        let sep = language == .id ? "." : ":"
        let time = String(format: "%02d%@%02d", p.hour!, sep, p.minute!)
        return "\(shortDate(date, zone: zone, language: language)) \(time) \(zoneName(zone, at: date))"
    }

    /// "2026-11-16": the calendar day in `zone`, for CSV and JSON.
    public static func isoDay(_ date: Date, zone: TimeZone) -> String {
        let p = parts(date, zone)
        return String(format: "%04d-%02d-%02d", p.year!, p.month!, p.day!)
    }

    /// "2026-11-16T14:30:00+07:00": an ISO-8601 time with the zone's offset.
    public static func isoTime(_ date: Date, zone: TimeZone) -> String {
        let p = parts(date, zone)
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        let second = c.component(.second, from: date)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let a = abs(offset)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", p.year!, p.month!, p.day!,
                      p.hour!, p.minute!, second, sign, a / 3_600, (a % 3_600) / 60)
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
            return "UTC" + (s < 0 ? "-" : "+") + (m == 0 ? "\(h)" : String(format: "%d:%02d", h, m))
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
