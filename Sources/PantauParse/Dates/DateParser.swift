import Foundation

/// Parses the dates feeds and pages actually contain: RFC 822 and its real-world variants,
/// W3DTF / ISO 8601, asctime, Indonesian dates ("Senin, 16 November 2026 09:00 WIB",
/// "14/02/2019") and relative times ("3 jam yang lalu", "kemarin") against a reference time.
public enum DateParser {
    /// Parses `text`; relative phrases need `relativeTo` (the fetch time). Returns nil when `text` is not a date.
    public static func parse(_ text: String, relativeTo now: Date? = nil) -> Date? {
        let trimmed = text.pythonTrimmed()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return nil }
        if let d = parseRFC822Fast(trimmed) { return d }
        if let d = parseISO(trimmed) { return d }
        if let now, let d = parseRelative(trimmed, now: now) { return d }
        return parseFree(trimmed, strict: false)
    }

    /// Feed dates, read as feedparser reads them (RFC 822 variants, W3DTF, compact ISO) plus
    /// Indonesian month/day names and WIB/WITA/WIT; numeric day-first dates and AM/PM are refused,
    /// and an unknown zone abbreviation counts as UTC.
    public static func parseFeedDate(_ text: String) -> Date? {
        let trimmed = text.pythonTrimmed()
        guard !trimmed.isEmpty, trimmed.utf8.count <= 200 else { return nil }
        if let d = parseRFC822Fast(trimmed) { return d }
        if let d = parseISO(trimmed) { return d }
        if let d = parseCompactISO(trimmed) { return d }
        return parseFree(trimmed, strict: true)
    }

    /// The common RFC 822 shape on bytes, without allocation: "[Www, ]D[D] Mmm YYYY HH:MM[:SS] ±hhmm|GMT|UT|Z".
    /// Anything else returns nil and goes to the general parser.
    static func parseRFC822Fast(_ s: String) -> Date? {
        var s = s
        return s.withUTF8 { b -> Date? in
            let n = b.count
            var i = 0
            @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
            @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
            func number(_ maxLen: Int) -> (Int, Int)? {
                var v = 0, len = 0
                while i < n, isDigit(b[i]), len < maxLen { v = v * 10 + Int(b[i] - 0x30); i += 1; len += 1 }
                return len == 0 ? nil : (v, len)
            }
            // Optional English weekday: three letters and a comma.
            if n > 5, b[3] == 0x2C, !isDigit(b[0]) {
                i = 4
                while i < n, b[i] == 0x20 { i += 1 }
            }
            guard let (day, _) = number(2), i < n, b[i] == 0x20 else { return nil }
            i += 1
            guard i + 3 <= n else { return nil }
            let m3 = (lower(b[i]), lower(b[i + 1]), lower(b[i + 2]))
            let month: Int
            switch m3 {
            case (0x6A, 0x61, 0x6E): month = 1
            case (0x66, 0x65, 0x62): month = 2
            case (0x6D, 0x61, 0x72): month = 3
            case (0x61, 0x70, 0x72): month = 4
            case (0x6D, 0x61, 0x79): month = 5
            case (0x6A, 0x75, 0x6E): month = 6
            case (0x6A, 0x75, 0x6C): month = 7
            case (0x61, 0x75, 0x67): month = 8
            case (0x73, 0x65, 0x70): month = 9
            case (0x6F, 0x63, 0x74): month = 10
            case (0x6E, 0x6F, 0x76): month = 11
            case (0x64, 0x65, 0x63): month = 12
            default: return nil
            }
            i += 3
            guard i < n, b[i] == 0x20 else { return nil }
            i += 1
            guard let (y, ylen) = number(4), ylen == 4 || ylen == 2, i < n, b[i] == 0x20 else { return nil }
            i += 1
            guard let (h, _) = number(2), i < n, b[i] == 0x3A else { return nil }
            i += 1
            guard let (mi, mlen) = number(2), mlen == 2 else { return nil }
            var sec = 0
            if i < n, b[i] == 0x3A {
                i += 1
                guard let (sv, slen) = number(2), slen == 2 else { return nil }
                sec = sv
            }
            guard i < n, b[i] == 0x20 else { return nil }
            i += 1
            var offset: Int
            if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let (v, len) = number(4), len == 4, i == n else { return nil }
                offset = sign * ((v / 100) * 3_600 + (v % 100) * 60)
            } else {
                let zone = String(decoding: UnsafeBufferPointer(rebasing: b[i...]), as: UTF8.self).lowercased()
                guard let z = zoneOffsets[zone] else { return nil }
                offset = z
            }
            return make(ylen == 2 ? 2000 + y : y, month, day, h, mi, sec, offset)
        }
    }

    /// "20040101", "20040101T194821Z": feedparser keeps the date only.
    static func parseCompactISO(_ s: String) -> Date? {
        let b = Array(s.utf8)
        guard b.count >= 8, b.prefix(8).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if b.count > 8, b[8] != 0x54 && b[8] != 0x74 { return nil }
        let v = b.prefix(8).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return make(v / 10_000, (v / 100) % 100, v % 100, 0, 0, 0, 0)
    }
}
