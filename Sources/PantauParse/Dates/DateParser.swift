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

    // MARK: - ISO 8601 / W3DTF

    /// "2004", "2004-01", "2004-01-01", "2004-01-01T19:48:21.123+05:30", "2004-01-01 19:48Z".
    static func parseISO(_ s: String) -> Date? {
        let b = Array(s.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            i += n
            return v
        }
        guard let year = digits(4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0
        var offset = 0
        if i == b.count { return make(year, 1, 1, 0, 0, 0, 0) }
        guard b[i] == 0x2D else { return nil }  // '-'
        i += 1
        guard let m = digits(2) else { return nil }
        month = m
        if i < b.count {
            guard b[i] == 0x2D else { return nil }
            i += 1
            guard let d = digits(2) else { return nil }
            day = d
        }
        if i < b.count {
            guard b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return nil }  // 'T', 't', ' '
            i += 1
            guard let h = digits(2), i < b.count, b[i] == 0x3A else { return nil }
            i += 1
            guard let mi = digits(2) else { return nil }
            hour = h
            minute = mi
            if i < b.count, b[i] == 0x3A {
                i += 1
                guard let sec = digits(2) else { return nil }
                second = sec
                if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                    i += 1
                    while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                }
            }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                switch b[i] {
                case 0x5A, 0x7A: i += 1  // Z
                case 0x2B, 0x2D:
                    let sign = b[i] == 0x2D ? -1 : 1
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    var om = 0
                    if i < b.count, b[i] == 0x3A {
                        i += 1
                        guard let v = digits(2) else { return nil }
                        om = v
                    } else if i < b.count {
                        guard let v = digits(2) else { return nil }  // "+0530", as many feeds write it
                        om = v
                    }
                    offset = sign * (oh * 3_600 + om * 60)
                default:
                    let rest = String(decoding: b[i...], as: UTF8.self).lowercased()
                    guard let z = zoneOffsets[rest] else { return nil }
                    offset = z
                    i = b.count
                }
            }
        }
        guard i == b.count else { return nil }
        return make(year, month, day, hour, minute, second, offset)
    }

    // MARK: - Free-form (RFC 822, asctime, Indonesian, day-first numeric)

    static func parseFree(_ s: String, strict: Bool) -> Date? {
        var year: Int?, month: Int?, day: Int?
        var hour = 0, minute = 0, second = 0
        var haveTime = false
        var offset: Int?
        var indonesian = false
        var pm: Bool?
        for raw in tokens(s) {
            let tok = Substring(raw)
            if let first = tok.unicodeScalars.first, CharacterSet.letters.contains(first) {
                let w = tok.lowercased()
                if let m = monthNumber(w) {
                    if strict, month != nil { return nil }
                    month = m.month
                    if m.indonesian { indonesian = true }
                } else if let z = zoneOffsets[w] {
                    offset = z
                    if w == "wib" || w == "wita" || w == "wit" { indonesian = true }
                } else if indonesianWeekdays.contains(w) || indonesianFiller.contains(w) {
                    indonesian = true
                } else if englishWeekdays.contains(where: { w.hasPrefix($0) }) || englishFiller.contains(w) {
                    continue
                } else if !strict, w == "pm" || w == "p.m." {
                    pm = true
                } else if !strict, w == "am" || w == "a.m." {
                    pm = false
                } else if strict, ["am", "pm", "a.m.", "p.m."].contains(w) {
                    return nil
                } else if strict, haveTime, offset == nil, tok.count <= 5, tok.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                    offset = 0
                } else {
                    return nil
                }
                continue
            }
            let t = String(tok)
            if let first = t.first, first == "+" || first == "-", t.count > 1, t.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }) {
                let body = t.dropFirst().replacingOccurrences(of: ":", with: "")
                guard body.count == 4 || body.count == 2, let v = Int(body) else { return nil }
                let sign = first == "-" ? -1 : 1
                let (h, m) = body.count == 4 ? (v / 100, v % 100) : (v, 0)
                guard h <= 14, m < 60 else { return nil }
                offset = sign * (h * 3_600 + m * 60)
                continue
            }
            if let time = parseTime(t) {
                (hour, minute, second) = time.hms
                if let z = time.offset { offset = z }
                haveTime = true
                continue
            }
            if !strict, let dmy = parseNumericDate(t) {
                (year, month, day) = (dmy.y, dmy.m, dmy.d)
                continue
            }
            // A lone number: day, year, or a two-digit year after the month.
            let digitsOnly = t.filter { $0 != "." }
            guard !digitsOnly.isEmpty, digitsOnly.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(digitsOnly) else { return nil }
            if digitsOnly.count >= 3 {
                guard year == nil else { return nil }
                year = v
            } else if day == nil, v >= 1, v <= 31 {
                day = v
            } else if year == nil {
                year = v
            } else {
                return nil
            }
        }
        guard var y = year, let m = month, let d = day else { return nil }
        if y < 100 { y += 2000 }
        if let pm, haveTime {
            if pm, hour < 12 { hour += 12 }
            if !pm, hour == 12 { hour = 0 }
        }
        let zone = offset ?? (indonesian ? 7 * 3_600 : 0)
        return make(y, m, d, hour, minute, second, zone)
    }

    /// Splits on spaces and commas; keeps "+0700", "09:00", "14/02/2019" whole.
    static func tokens(_ s: String) -> [Substring] {
        s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "|" || $0 == "\u{A0}" })
            .flatMap { tok -> [Substring] in
                // "09:00WIB" → "09:00", "WIB"; "(WIB)" → "WIB"
                var t = tok
                while let f = t.first, f == "(" || f == "[" { t.removeFirst() }
                while let l = t.last, l == ")" || l == "]" || l == "." && t.count > 1 && !(t.dropLast().last?.isNumber ?? false) { t.removeLast() }
                if t.isEmpty || t == "-" || t == "–" || t == "/" { return [] }
                if let idx = t.firstIndex(where: { $0.isLetter }), idx != t.startIndex, t[t.startIndex].isNumber,
                   t[idx...].allSatisfy({ $0.isLetter }) {
                    let numPart = t[..<idx]
                    let word = t[idx...]
                    // "16th" / "1st": drop ordinal suffixes.
                    if ["st", "nd", "rd", "th"].contains(word.lowercased()) { return [numPart] }
                    return [numPart, word]
                }
                return [t]
            }
    }

    /// "09:00", "9.00", "09:00:05", "16:29:06.5", "09:00Z", "09:00+07:00".
    static func parseTime(_ t: String) -> (hms: (Int, Int, Int), offset: Int?)? {
        var core = Substring(t)
        var offset: Int?
        if core.hasSuffix("Z") || core.hasSuffix("z") {
            core = core.dropLast()
            offset = 0
        } else if let signIdx = core.lastIndex(where: { $0 == "+" || $0 == "-" }), signIdx != core.startIndex {
            let tail = core[core.index(after: signIdx)...].replacingOccurrences(of: ":", with: "")
            guard tail.count == 4, let v = Int(tail) else { return nil }
            offset = (core[signIdx] == "-" ? -1 : 1) * ((v / 100) * 3_600 + (v % 100) * 60)
            core = core[..<signIdx]
        }
        let sep: Character = core.utf8.contains(0x3A) ? ":" : "."
        let parts = core.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        if sep == "." && parts.count == 3 { return nil }  // 14.02.2019 is a date
        guard parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        var sec = 0
        if parts.count == 3 {
            let sp = parts[2].split(separator: ".", maxSplits: 1)
            guard let first = sp.first, first.count == 2, let sv = Int(first) else { return nil }
            sec = sv
        }
        guard h <= 24, m < 60, sec <= 60 else { return nil }
        return ((h == 24 ? 0 : h, m, sec == 60 ? 59 : sec), offset)
    }

    /// "14/02/2019", "14-02-19", "14.02.2019" (day first), "2019/02/14", "2019-02-14".
    static func parseNumericDate(_ t: String) -> (y: Int, m: Int, d: Int)? {
        let sep: Character
        if t.utf8.contains(0x2F) { sep = "/" } else if t.utf8.contains(0x2D) { sep = "-" } else if t.utf8.contains(0x2E) { sep = "." } else { return nil }
        let parts = t.split(separator: sep, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 { return (a, b, c) }
        guard parts[2].count == 4 || parts[2].count == 2 else { return nil }
        return (parts[2].count == 2 ? 2000 + c : c, b, a)
    }

    // MARK: - Relative ("3 jam yang lalu", "kemarin", "2 hours ago")

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

    private static func atJakartaTime(_ date: Date, _ hms: (Int, Int, Int)) -> Date {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + 7 * 3_600
        let dayStart = local - ((local % 86_400) + 86_400) % 86_400
        return Date(timeIntervalSince1970: Double(dayStart + hms.0 * 3_600 + hms.1 * 60 + hms.2 - 7 * 3_600))
    }

    // MARK: - Tables

    static func monthNumber(_ w: String) -> (month: Int, indonesian: Bool)? {
        let w = w.hasSuffix(".") ? String(w.dropLast()) : w
        if let m = months[w] { return m }
        return nil
    }

    private static let months: [String: (month: Int, indonesian: Bool)] = {
        var t: [String: (Int, Bool)] = [:]
        let en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let id = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember"]
        for (i, name) in en.enumerated() {
            t[name] = (i + 1, false)
            t[String(name.prefix(3))] = (i + 1, false)
        }
        t["sept"] = (9, false)
        for (i, name) in id.enumerated() where t[name] == nil { t[name] = (i + 1, true) }
        for (abbr, m) in [("mei", 5), ("agu", 8), ("agt", 8), ("ags", 8), ("okt", 10), ("des", 12), ("peb", 2), ("nop", 11), ("nopember", 11), ("pebruari", 2)] {
            t[abbr] = (m, true)
        }
        return t
    }()

    static let zoneOffsets: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0,
        "est": -5 * 3_600, "edt": -4 * 3_600, "cst": -6 * 3_600, "cdt": -5 * 3_600,
        "mst": -7 * 3_600, "mdt": -6 * 3_600, "pst": -8 * 3_600, "pdt": -7 * 3_600,
        "wib": 7 * 3_600, "wita": 8 * 3_600, "wit": 9 * 3_600,
    ]

    private static let indonesianWeekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"]
    private static let indonesianFiller: Set<String> = ["pukul", "jam", "tanggal", "tgl", "diterbitkan", "dipublikasikan", "diperbarui", "pada"]
    private static let englishWeekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    private static let englishFiller: Set<String> = ["at", "on", "published", "updated", "posted", "of", "the"]

    // MARK: - Arithmetic

    /// Seconds since 1970 for a civil date and time at `offset` seconds east of UTC; nil when out of range.
    static func make(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, _ offset: Int) -> Date? {
        guard (1...9999).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(y, m),
              (0...23).contains(h), (0...59).contains(mi), (0...60).contains(s) else { return nil }
        let days = daysFromCivil(y, m, d)
        let t = days * 86_400 + h * 3_600 + mi * 60 + min(s, 59) - offset
        return Date(timeIntervalSince1970: Double(t))
    }

    static func daysIn(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days_from_civil.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
