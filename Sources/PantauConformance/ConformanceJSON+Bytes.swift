import Foundation
import PantauModel
import PantauParse

extension ConformanceJSON {
    /// ``line(_:file:)`` written straight to bytes (same text, without the JSON value tree), for
    /// `pantau-dev conformance` on large feeds.
    public static func lineBytes(_ bytes: [UInt8], file: String) -> [UInt8] {
        let doc: FeedDocument
        do {
            doc = try DocumentParser.feed(bytes, url: file, contentType: nil)
        } catch {
            return Array(errorLine(file: file, message: error.description).utf8)
        }
        var w = ConformanceBytes()
        w.out.reserveCapacity(bytes.count / 2)
        w.raw("{\"_file\": ")
        w.string(file)
        w.raw(", \"feed\": {")
        w.first = true
        if let t = doc.title?.plain, !t.isEmpty { w.key("title"); w.string(t) }
        if let l = doc.link, !l.isEmpty { w.key("link"); w.string(l) }
        if let l = doc.language, !l.isEmpty { w.key("language"); w.string(l) }
        if let u = doc.updated { w.key("updated"); w.string(iso(u)) }
        w.key("format")
        w.string(doc.format)
        w.raw("}, \"entries\": [")
        for (i, e) in doc.entries.enumerated() {
            if i > 0 { w.raw(", ") }
            w.entry(e)
        }
        w.raw("]}")
        return w.out
    }
}

/// The byte writer behind ``ConformanceJSON/lineBytes(_:file:)``: `JSONValue.text`'s layout
/// (`", "` and `": "` separators) and `JSONText.quote`'s escaping.
struct ConformanceBytes {
    var out: [UInt8] = []
    /// No member written yet in the object being written.
    var first = true

    mutating func raw(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    mutating func key(_ k: StaticString) {
        if !first { raw(", ") }
        first = false
        out.append(0x22)
        raw(k)
        raw("\": ")
    }

    mutating func int(_ v: Int) { out.append(contentsOf: String(v).utf8) }

    mutating func entry(_ e: FeedEntry) {
        out.append(0x7B)
        first = true
        if let v = e.id, !v.isEmpty { key("id"); string(v) }
        if let t = e.title?.plain, !t.isEmpty { key("title"); string(t) }
        if let v = e.link, !v.isEmpty { key("link"); string(v) }
        if let d = e.published { key("published"); string(ConformanceJSON.iso(d)) }
        if let d = e.updated { key("updated"); string(ConformanceJSON.iso(d)) }
        if let a = e.author, !a.isEmpty { key("author"); string(a) }
        if let s = ConformanceJSON.summaryText(e), !s.isEmpty {
            key("summary_text")
            string(ConformanceJSON.firstScalars(s, 500))
        }
        if !e.categories.isEmpty {
            key("categories")
            out.append(0x5B)
            for (i, c) in e.categories.enumerated() {
                if i > 0 { raw(", ") }
                string(c)
            }
            out.append(0x5D)
        }
        if !e.enclosures.isEmpty {
            key("enclosures")
            out.append(0x5B)
            for (i, enc) in e.enclosures.enumerated() {
                if i > 0 { raw(", ") }
                raw("{\"url\": ")
                string(enc.url)
                raw(", \"type\": ")
                if let t = enc.type { string(t) } else { raw("null") }
                raw(", \"length\": ")
                if let l = enc.length { int(l) } else { raw("null") }
                out.append(0x7D)
            }
            out.append(0x5D)
        }
        if let c = e.comments { key("comments_count"); int(c) }
        if let v = e.views { key("media_views"); int(v) }
        if let v = e.likes { key("media_likes"); int(v) }
        out.append(0x7D)
    }

    /// A quoted JSON string, escaped by `JSONText` (the project's one escaper).
    mutating func string(_ s: String) { JSONText.quote(s, into: &out) }
}
