import Foundation

/// Month, zone and filler-word tables, and calendar arithmetic.
extension DateParser {
    static func monthNumber(_ w: String) -> (month: Int, indonesian: Bool)? {
        let w = w.hasSuffix(".") ? String(w.dropLast()) : w
        if let m = months[w] { return m }
        return nil
    }

    static let months: [String: (month: Int, indonesian: Bool)] = {
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

    static let indonesianWeekdays: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad"]
    static let indonesianFiller: Set<String> = ["pukul", "jam", "tanggal", "tgl", "diterbitkan", "dipublikasikan", "diperbarui", "pada"]
    static let englishWeekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    static let englishFiller: Set<String> = ["at", "on", "published", "updated", "posted", "of", "the"]

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
