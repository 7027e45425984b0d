import PantauModel

/// Reading the registry's small value languages: durations, sizes, days, slugs.
enum ValueText {
    /// "14d" → seconds, or a problem text that suggests the right spelling.
    static func duration(_ text: String) -> Result<Seconds, Problem> {
        if let s = DurationText.parse(text) { return .success(s) }
        var msg = "\"\(text)\" is not a duration"
        if let hint = indonesianDuration(text) { msg += " (use \(DurationText.format(hint)))" }
        else { msg += " (use a number and a unit: 30m, 1h, 1d, 14d)" }
        return .failure(Problem(msg))
    }

    /// Understands "2 minggu", "3 hari", "1 jam", "30 menit", "1 bulan" well enough to suggest.
    static func indonesianDuration(_ text: String) -> Seconds? {
        let parts = text.lowercased().split(separator: " ")
        guard parts.count == 2, let n = Int(parts[0]), n > 0 else { return nil }
        let units: [String: Seconds] = [
            "detik": 1, "menit": 60, "jam": 3_600, "hari": 86_400, "minggu": 604_800, "pekan": 604_800,
            "bulan": 30 * 86_400, "second": 1, "seconds": 1, "minute": 60, "minutes": 60, "hour": 3_600,
            "hours": 3_600, "day": 86_400, "days": 86_400, "week": 604_800, "weeks": 604_800,
            "month": 30 * 86_400, "months": 30 * 86_400,
        ]
        return units[String(parts[1])].map { Count.multiply($0, n) }
    }

    /// "20MB", "512KB", "1GB", "1000" (bytes) → bytes.
    static func size(_ text: String) -> Int? {
        let t = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1)]
        for (suffix, mult) in units where t.hasSuffix(suffix) {
            guard let n = Int(t.dropLast(suffix.count)), n > 0 else { return nil }
            let (bytes, overflow) = n.multipliedReportingOverflow(by: mult)
            return overflow ? nil : bytes
        }
        return Int(t).flatMap { $0 > 0 ? $0 : nil }
    }

    /// "2019-06-01" → Day.
    static func day(_ text: String) -> Day? {
        let p = text.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        let monthDays = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= monthDays[m - 1] else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// Lowercase slug: a-z, 0-9, '-', not starting or ending with '-'.
    static func isSlug(_ s: String) -> Bool {
        guard !s.isEmpty, s.count <= 100, s.first != "-", s.last != "-" else { return false }
        return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    struct Problem: Error { let text: String; init(_ t: String) { text = t } }
}
