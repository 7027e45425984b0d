import Foundation

/// Dates written on a page (meta tags, JSON-LD, microdata), read in the page's time zone.
///
/// A schema.org date often comes without a zone (`"uploadDate": "2026-11-10T20:00:00"`). Such a
/// date is wall-clock time where the page is published: in the zone of the page's other dates when
/// one of them carries an offset, else in the unit's zone (Asia/Jakarta unless the caller says).
struct PageDates {
    /// The zone that local (zone-less) dates on this page are read in.
    let zone: TimeZone
    let now: Date

    /// Picks the page's zone: the offset of the first candidate that has one, else `unitZone`.
    init(candidates: [String?], unitZone: TimeZone, now: Date) {
        self.now = now
        let offset = candidates.lazy.compactMap { $0.flatMap(Self.explicitOffset) }.first
        zone = offset.flatMap { TimeZone(secondsFromGMT: $0) } ?? unitZone
    }

    /// The first candidate that reads as a date.
    func first(_ candidates: [String?]) -> Date? {
        candidates.lazy.compactMap { $0.flatMap(parse) }.first
    }

    /// A date; ISO dates and date-times without a zone are taken as wall-clock time in `zone`.
    func parse(_ text: String) -> Date? {
        let t = text.pythonTrimmed()
        guard let d = DateParser.parse(t, relativeTo: now) else { return nil }
        guard Self.isZonelessISO(t) else { return d }
        // DateParser reads a zone-less ISO date as UTC: the same wall-clock time in `zone` is earlier by its offset.
        return d.addingTimeInterval(-Double(zone.secondsFromGMT(for: d)))
    }

    /// "2026-11-10", "2026-11-10T20:00", "2026-11-10 20:00:00.5": an ISO date with no zone designator.
    static func isZonelessISO(_ t: String) -> Bool {
        let b = Array(t.utf8)
        guard b.count >= 10, b.count <= 32, b[4] == 0x2D, b[7] == 0x2D,
              b[0...3].allSatisfy(isDigit), b[5...6].allSatisfy(isDigit), b[8...9].allSatisfy(isDigit) else { return false }
        if b.count == 10 { return true }
        guard b[10] == 0x54 || b[10] == 0x20 else { return false }
        return b[11...].allSatisfy { isDigit($0) || $0 == 0x3A || $0 == 0x2E || $0 == 0x2C }
    }

    /// The UTC offset (seconds) an ISO date-time states: "+07:00", "+0800", "-05:00"; "Z" and none give nil.
    static func explicitOffset(_ text: String) -> Int? {
        let t = text.pythonTrimmed()
        let b = Array(t.utf8)
        guard b.count >= 16, b[4] == 0x2D, b[10] == 0x54 || b[10] == 0x20 else { return nil }
        guard let sign = b.lastIndex(where: { $0 == 0x2B || $0 == 0x2D }), sign > 10 else { return nil }
        let digits = b[(sign + 1)...].filter { $0 != 0x3A }
        guard digits.count == 4, digits.allSatisfy(isDigit) else { return nil }
        let v = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        let seconds = (v / 100) * 3_600 + (v % 100) * 60
        guard seconds <= 14 * 3_600 else { return nil }
        return b[sign] == 0x2D ? -seconds : seconds
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}

extension PageDates {
    static let jakarta = TimeZone(identifier: "Asia/Jakarta")!

    /// schema.org properties that date a post, in order of preference (a video's is `uploadDate`).
    static let publishedKeys = ["datePublished", "uploadDate", "dateCreated"]
}

extension JSONLD {
    /// Values of these date properties: the article-like object's first, then any other object's.
    func dates(_ keys: [String]) -> [String?] {
        let main = article
        var out: [String?] = keys.map { key in main.flatMap { JSONLD.string($0[key]) } }
        for obj in objects where Self.types(obj).contains(where: { Self.articleTypes.contains($0) }) {
            out += keys.map { JSONLD.string(obj[$0]) }
        }
        return out
    }
}
