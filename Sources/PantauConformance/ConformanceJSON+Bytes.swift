import Foundation
import PantauParse

extension ConformanceJSON {
    /// ``line(_:file:)`` written straight to bytes (same text, without the JSON value tree), for
    /// `pantau parse --conformance` on large feeds.
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

    /// True when none of the 8 bytes at `p` needs a look: no control character, `"`, `\\` or 0xE2.
    @inline(__always) static func plain8(_ p: UnsafePointer<UInt8>) -> Bool {
        let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt64) -> UInt64 { let x = w ^ (ones &* byte); return (x &- ones) & ~x & highs }
        let low = (w &- ones &* 0x20) & ~w & highs
        return low | has(0x22) | has(0x5C) | has(0xE2) == 0
    }

    /// A quoted JSON string, escaped as `JSONText.quote` escapes it.
    mutating func string(_ s: String) {
        var s = s
        out.append(0x22)
        s.withUTF8 { u in
            var start = 0
            var i = 0
            let n = u.count
            while i < n {
                if i + 8 <= n, Self.plain8(u.baseAddress! + i) { i += 8; continue }
                let c = u[i]
                if c >= 0x20, c != 0x22, c != 0x5C, c != 0xE2 { i += 1; continue }
                var escape: [UInt8]
                var width = 1
                switch c {
                case 0xE2:
                    guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
                    escape = Array((u[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                out.append(contentsOf: escape)
                i += width
                start = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
        }
        out.append(0x22)
    }
}
