import Foundation
import PantauParse

/// The normalised feed schema of the shared conformance corpus
/// (`shared/conformance/feeds/README.md`), produced from Pantau's own feed model.
public enum ConformanceJSON {
    /// The normalised parse of a feed document.
    public static func normalised(_ bytes: [UInt8], url: String, contentType: String? = nil) throws(ParseError) -> JSONValue {
        let doc = try DocumentParser.feed(bytes, url: url, contentType: contentType)
        return value(doc)
    }

    /// One output line: the normalised parse with `"_file"` first, or `{"_file", "_error"}`.
    public static func line(_ bytes: [UInt8], file: String) -> String {
        do {
            let v = try normalised(bytes, url: file)
            guard case .object(let pairs) = v else { return v.text }
            return JSONValue.object([("_file", .string(file))] + pairs).text
        } catch {
            return JSONValue.object([("_file", .string(file)), ("_error", .string(error.description))]).text
        }
    }

    /// The line for a file that could not be read at all.
    public static func errorLine(file: String, message: String) -> String {
        JSONValue.object([("_file", .string(file)), ("_error", .string(message))]).text
    }

    static func value(_ doc: FeedDocument) -> JSONValue {
        var feed: [(String, JSONValue)] = []
        if let t = doc.title?.plain, !t.isEmpty { feed.append(("title", .string(t))) }
        if let l = doc.link, !l.isEmpty { feed.append(("link", .string(l))) }
        if let l = doc.language, !l.isEmpty { feed.append(("language", .string(l))) }
        if let u = doc.updated { feed.append(("updated", .string(iso(u)))) }
        feed.append(("format", .string(doc.format)))
        let entries = doc.entries.map(entry)
        return .object([("feed", .object(feed)), ("entries", .array(entries))])
    }

    static func entry(_ e: FeedEntry) -> JSONValue {
        var o: [(String, JSONValue)] = []
        if let v = e.id, !v.isEmpty { o.append(("id", .string(v))) }
        if let t = e.title?.plain, !t.isEmpty { o.append(("title", .string(t))) }
        if let v = e.link, !v.isEmpty { o.append(("link", .string(v))) }
        if let d = e.published { o.append(("published", .string(iso(d)))) }
        if let d = e.updated { o.append(("updated", .string(iso(d)))) }
        if let a = e.author, !a.isEmpty { o.append(("author", .string(a))) }
        if let s = summaryText(e), !s.isEmpty {
            o.append(("summary_text", .string(firstScalars(s, 500))))
        }
        if !e.categories.isEmpty { o.append(("categories", .array(e.categories.map(JSONValue.string)))) }
        if !e.enclosures.isEmpty {
            o.append(("enclosures", .array(e.enclosures.map { enc in
                .object([("url", .string(enc.url)), ("type", enc.type.map(JSONValue.string) ?? .null),
                         ("length", enc.length.map(JSONValue.int) ?? .null)])
            })))
        }
        if let c = e.comments { o.append(("comments_count", .int(c))) }
        if let v = e.views { o.append(("media_views", .int(v))) }
        if let v = e.likes { o.append(("media_likes", .int(v))) }
        return .object(o)
    }

    /// feedparser's `summary`: the summary element as text, else the first content element copied
    /// verbatim (sanitised markup, which the schema does not strip).
    static func summaryText(_ e: FeedEntry) -> String? {
        if let s = e.summary { return s.plain }
        guard let c = e.content else { return nil }
        guard c.isHTML else { return c.plain }
        return HTMLText.collapse(FeedparserSanitizer.sanitize(c.value, xhtml: c.isXHTML))
    }

    /// The first `n` Unicode scalars of `s` (the schema's 500-code-point summary), cut on the UTF-8
    /// bytes: a scalar starts at every byte that is not a continuation byte.
    static func firstScalars(_ s: String, _ n: Int) -> String {
        guard s.utf8.count > n else { return s }
        var scalars = 0
        for (i, b) in s.utf8.enumerated() where b & 0xC0 != 0x80 {
            if scalars == n { return String(decoding: s.utf8.prefix(i), as: UTF8.self) }
            scalars += 1
        }
        return s
    }

    /// "YYYY-MM-DDTHH:MM:SSZ" in UTC, fractions truncated.
    static func iso(_ d: Date) -> String {
        let t = Int(d.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        let (y, m, dd) = civil(fromDays: days)
        guard (0...9_999).contains(y) else {
            return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, dd, secs / 3_600, (secs % 3_600) / 60, secs % 60)
        }
        // Formatted by hand: String(format:) costs more than the rest of an entry.
        var b = [UInt8](repeating: 0, count: 20)
        func put(_ v: Int, at i: Int, width: Int) {
            var v = v
            for k in stride(from: i + width - 1, through: i, by: -1) { b[k] = UInt8(v % 10) + 0x30; v /= 10 }
        }
        put(y, at: 0, width: 4); b[4] = 0x2D; put(m, at: 5, width: 2); b[7] = 0x2D; put(dd, at: 8, width: 2); b[10] = 0x54
        put(secs / 3_600, at: 11, width: 2); b[13] = 0x3A; put((secs % 3_600) / 60, at: 14, width: 2); b[16] = 0x3A
        put(secs % 60, at: 17, width: 2); b[19] = 0x5A
        return String(decoding: b, as: UTF8.self)
    }

    /// Howard Hinnant's civil_from_days.
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
