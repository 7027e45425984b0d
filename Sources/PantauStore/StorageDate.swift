import Foundation
import GRDB

/// Dates as GRDB stores them ("yyyy-MM-dd HH:mm:ss.SSS", UTC, to the nearest millisecond), written
/// without a DateFormatter: the crawl saves three dates per post, and DateFormatter is slow on Linux.
/// The text is the one GRDB writes for the same `Date`, so rows written either way compare and
/// read back alike.
enum StorageDate {
    /// The stored text of `date`.
    static func text(_ date: Date) -> String {
        // As Foundation's formatter does: milliseconds since 1970, to the nearest (half up).
        let millis = Int64(((date.timeIntervalSinceReferenceDate + 978_307_200) * 1_000 + 0.5).rounded(.down))
        var days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        var rest = Int(millis - days * 86_400_000)
        let ms = rest % 1_000; rest /= 1_000
        let second = rest % 60; rest /= 60
        let minute = rest % 60
        let hour = rest / 60
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm, proleptic Gregorian).
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let doe = days - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = Int(doy - (153 * mp + 2) / 5 + 1)
        let month = Int(mp < 10 ? mp + 3 : mp - 9)
        let year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
        guard (0...9_999).contains(year) else { return String.fromDatabaseValue(date.databaseValue) ?? "" }
        var out = [UInt8]()
        out.reserveCapacity(23)
        func put(_ n: Int, _ width: Int) {
            var d = 1
            for _ in 1..<width { d *= 10 }
            var v = n
            while d > 0 { out.append(UInt8(48 + v / d)); v %= d; d /= 10 }
        }
        put(year, 4); out.append(45); put(month, 2); out.append(45); put(day, 2); out.append(32)
        put(hour, 2); out.append(58); put(minute, 2); out.append(58); put(second, 2); out.append(46); put(ms, 3)
        return String(decoding: out, as: UTF8.self)
    }
}
