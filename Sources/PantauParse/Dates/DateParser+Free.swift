import Foundation

/// Free-form dates: RFC 822, asctime, Indonesian, day-first numeric.
extension DateParser {
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
}
