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

    /// Reads the stored text back ("yyyy-MM-dd HH:mm:ss" with optional ".SSS"), or nil for any other
    /// shape (the caller then lets GRDB decode it).
    static func parse(_ text: String) -> Date? {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { b -> Date? in
            guard b.count == 19 || b.count == 23, b[4] == 45, b[7] == 45, b[10] == 32, b[13] == 58, b[16] == 58 else { return nil }
            func num(_ from: Int, _ len: Int) -> Int? {
                var v = 0
                for i in from..<(from + len) {
                    let c = b[i]
                    guard c >= 48, c <= 57 else { return nil }
                    v = v * 10 + Int(c - 48)
                }
                return v
            }
            guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), let hh = num(11, 2), let mm = num(14, 2),
                  let ss = num(17, 2), (1...12).contains(m), (1...31).contains(d) else { return nil }
            var ms = 0
            if b.count == 23 {
                guard b[19] == 46, let v = num(20, 3) else { return nil }
                ms = v
            }
            // Days from civil (H. Hinnant).
            let yy = m <= 2 ? y - 1 : y
            let era = (yy >= 0 ? yy : yy - 399) / 400
            let yoe = yy - era * 400
            let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            let days = era * 146_097 + doe - 719_468
            let seconds = Double(days * 86_400 + hh * 3_600 + mm * 60 + ss) + Double(ms) / 1_000
            return Date(timeIntervalSince1970: seconds)
        } ?? nil
    }
}
