/// Turns HTML fragments into plain text the way the conformance schema and the matcher want it:
/// tags dropped (block tags count as a space), `<script>`/`<style>` content dropped, character
/// references decoded by HTML5 rules (as Python's `html.unescape`), whitespace collapsed.
public enum HTMLText {
    /// Plain text of an HTML fragment.
    public static func strip(_ html: String) -> String {
        var input = html
        return input.withUTF8 { buf in
            var w = Writer(capacity: buf.count)
            scan(buf, into: &w)
            return w.string
        }
    }

    /// Collapses whitespace (Python's `str.isspace` set) and trims, leaving markup alone.
    public static func collapse(_ text: String) -> String {
        var input = text
        return input.withUTF8 { buf in
            var w = Writer(capacity: buf.count)
            var i = 0
            while i < buf.count { i = w.copyChar(buf, at: i) }
            return w.string
        }
    }

    /// Decodes character references only (no tag handling, no whitespace change).
    public static func unescape(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var input = text
        return input.withUTF8 { buf in
            var w = Writer(capacity: buf.count)
            w.collapseSpaces = false
            var i = 0
            while i < buf.count {
                if buf[i] == 0x26 { i = decodeReference(buf, at: i, into: &w) } else { i = w.copyChar(buf, at: i) }
            }
            return w.string
        }
    }

    /// Elements whose start and end tags separate words.
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    static func scan(_ b: UnsafeBufferPointer<UInt8>, into w: inout Writer) {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c == 0x3C {  // '<'
                i = tag(b, at: i, into: &w)
            } else if c == 0x26 {  // '&'
                i = decodeReference(b, at: i, into: &w)
            } else if c > 0x20 && c < 0x7F {
                // Plain visible ASCII, with single spaces between words, is copied in one go.
                i = w.copyPlainASCII(b, from: i)
            } else {
                i = w.copyChar(b, at: i)
            }
        }
    }

    @inline(__always) static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x3A || c == 0x5F
    }

    @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) }

    /// Handles markup starting at `b[i] == '<'`; returns the index after it.
    static func tag(_ b: UnsafeBufferPointer<UInt8>, at start: Int, into w: inout Writer) -> Int {
        let n = b.count
        var i = start + 1
        guard i < n else { w.appendASCII(0x3C); return i }
        let c = b[i]
        if c == 0x21 {  // "<!": comment, CDATA, doctype
            if i + 2 < n, b[i + 1] == 0x2D, b[i + 2] == 0x2D {
                return find(b, [0x2D, 0x2D, 0x3E], from: i + 3) ?? n
            }
            if match(b, at: i + 1, "[CDATA[") {
                let bodyStart = i + 8
                let end = findStart(b, [0x5D, 0x5D, 0x3E], from: bodyStart) ?? n
                var k = bodyStart
                while k < end { k = w.copyChar(b, at: k) }
                return min(n, end + 3)
            }
            return skipTag(b, from: i)
        }
        if c == 0x3F { return skipTag(b, from: i) }  // "<?"
        var closing = false
        if c == 0x2F {
            closing = true
            i += 1
            guard i < n, isLetter(b[i]) else {
                w.appendASCII(0x3C)
                return start + 1
            }
        } else if !isLetter(c) {
            w.appendASCII(0x3C)
            return start + 1
        }
        let nameStart = i
        while i < n, isNameByte(b[i]) { i += 1 }
        let nameEnd = i
        let end = skipTag(b, from: i)
        if isBlockTag(b, nameStart, nameEnd) { w.pendingSpace = true }
        if !closing, equalsLower(b, nameStart, nameEnd, "script") || equalsLower(b, nameStart, nameEnd, "style") {
            // Drop everything up to the matching end tag.
            var k = end
            while k < n {
                guard let lt = findStart(b, [0x3C, 0x2F], from: k) else { return n }
                let ns = lt + 2
                var ne = ns
                while ne < n, isNameByte(b[ne]) { ne += 1 }
                if ne - ns == nameEnd - nameStart, (0..<(ne - ns)).allSatisfy({ lower(b[ns + $0]) == lower(b[nameStart + $0]) }) {
                    return skipTag(b, from: ne)
                }
                k = lt + 2
            }
            return n
        }
        return end
    }

    @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }

    /// `b[s..<e]` equals `name` (lower-case ASCII) ignoring ASCII case.
    static func equalsLower(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ name: StaticString) -> Bool {
        let len = name.utf8CodeUnitCount
        guard e - s == len else { return false }
        let p = name.utf8Start
        for k in 0..<len where lower(b[s + k]) != p[k] { return false }
        return true
    }

    /// Block tag names by length, lower-case bytes.
    private static let blockTagsByLength: [[[UInt8]]] = {
        var out = [[[UInt8]]](repeating: [], count: 16)
        for t in blockTags { out[t.utf8.count].append(Array(t.utf8)) }
        return out
    }()

    /// The name `b[s..<e]` is one of ``blockTags`` (ASCII case-insensitive).
    static func isBlockTag(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        let len = e - s
        guard len > 0, len < 16 else { return false }
        for name in blockTagsByLength[len] {
            var same = true
            for k in 0..<len where lower(b[s + k]) != name[k] { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Index after the '>' that closes a tag, honouring quoted attribute values.
    static func skipTag(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var quote: UInt8 = 0
        while i < b.count {
            let c = b[i]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                // Only an attribute value after '=' opens a quote.
                var k = i - 1
                while k > start, b[k] == 0x20 { k -= 1 }
                if b[k] == 0x3D { quote = c }
            } else if c == 0x3E {
                return i + 1
            }
            i += 1
        }
        return b.count
    }

    static func lowerASCII(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> String {
        guard e > s, e - s <= 32 else { return "" }
        var out = [UInt8](repeating: 0, count: e - s)
        for k in s..<e { out[k - s] = (b[k] >= 0x41 && b[k] <= 0x5A) ? b[k] + 32 : b[k] }
        return String(decoding: out, as: UTF8.self)
    }

    static func match(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        guard i + len <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<len where b[i + k] != p[k] { return false }
        return true
    }

    /// Index after the first occurrence of `needle` at or after `from`.
    static func find(_ b: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int) -> Int? {
        findStart(b, needle, from: from).map { $0 + needle.count }
    }

    /// Index of the first occurrence of `needle` at or after `from`.
    static func findStart(_ b: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, b.count >= needle.count else { return nil }
        var i = from
        let last = b.count - needle.count
        let first = needle[0]
        while i <= last {
            if b[i] == first {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Decodes the reference at `b[i] == '&'` like Python's `html.unescape`; returns the next index.
    static func decodeReference(_ b: UnsafeBufferPointer<UInt8>, at start: Int, into w: inout Writer) -> Int {
        let n = b.count
        var i = start + 1
        guard i < n else { w.appendASCII(0x26); return i }
        if b[i] == 0x23 {  // '#'
            i += 1
            var hex = false
            if i < n, b[i] == 0x78 || b[i] == 0x58 { hex = true; i += 1 }
            let ds = i
            var value: UInt64 = 0
            while i < n {
                let c = b[i]
                var d: UInt64
                if c >= 0x30 && c <= 0x39 { d = UInt64(c - 0x30) }
                else if hex && c >= 0x61 && c <= 0x66 { d = UInt64(c - 0x61 + 10) }
                else if hex && c >= 0x41 && c <= 0x46 { d = UInt64(c - 0x41 + 10) }
                else { break }
                _ = d
                if value < 0x1_0000_0000 { value = value * (hex ? 16 : 10) + d }
                i += 1
            }
            guard i > ds else { w.appendASCII(0x26); return start + 1 }
            if i < n, b[i] == 0x3B { i += 1 }
            w.appendString(numericReference(value))
            return i
        }
        // Named: up to 32 characters that are not tab, LF, FF, space, '<', '&', '#', ';'.
        let ns = i
        while i < n, i - ns < 32 {
            let c = b[i]
            if c == 0x09 || c == 0x0A || c == 0x0C || c == 0x20 || c == 0x3C || c == 0x26 || c == 0x23 || c == 0x3B { break }
            i += 1
        }
        guard i > ns else { w.appendASCII(0x26); return start + 1 }
        let hasSemi = i < n && b[i] == 0x3B
        let nameBytes = UnsafeBufferPointer(rebasing: b[ns..<i])
        let name = String(decoding: nameBytes, as: UTF8.self)
        if hasSemi, let v = HTMLEntities.table[name + ";"] {
            w.appendString(v)
            return i + 1
        }
        if !hasSemi, let v = HTMLEntities.table[name] {
            w.appendString(v)
            return i
        }
        // Longest legacy prefix.
        var len = nameBytes.count - (hasSemi ? 0 : 1)
        while len > 1 {
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: nameBytes[0..<len]), as: UTF8.self)
            if let v = HTMLEntities.table[prefix] {
                w.appendString(v)
                return ns + len
            }
            len -= 1
        }
        w.appendASCII(0x26)
        return start + 1
    }

    static func numericReference(_ v: UInt64) -> String {
        if v == 0 { return "\u{FFFD}" }
        if v == 0x0D { return "\r" }
        if v >= 0x80, v <= 0x9F {
            let table = SingleByteTables.upperHalves["windows-1252"]!
            return String(Unicode.Scalar(UInt32(table[Int(v) - 0x80])).map(Character.init) ?? "\u{FFFD}")
        }
        if (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF { return "\u{FFFD}" }
        if (v >= 0x01 && v <= 0x08) || v == 0x0B || (v >= 0x0E && v <= 0x1F) || v == 0x7F
            || (v >= 0xFDD0 && v <= 0xFDEF) || (v & 0xFFFE) == 0xFFFE { return "" }
        return String(Character(Unicode.Scalar(UInt32(v))!))
    }
}
