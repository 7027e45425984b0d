/// Rewrites the ampersands of a not-well-formed XML document the way its author meant them,
/// before either feed reader sees it. libxml2's recovery drops a bare `&` and swallows the name
/// after it (`Tom & Jerry` → `Tom Jerry`, `R&D` → `R`, `?a=1&b=2` → `?a=1=2`), which corrupts
/// titles and links and so post identity.
///
/// In element content and attribute values (never in comments, CDATA sections, processing
/// instructions or the DOCTYPE):
/// - `&#…;` / `&#x…;` and the five XML entities stay as they are;
/// - `&name;` naming an HTML entity (`&nbsp;`, `&hellip;`, …) becomes its character references,
///   unless the document declares entities of its own (then every `&name;` is left to the reader);
/// - any other `&` (bare, `&name` without `;`, `&unknown;`) becomes `&amp;`, so it stays text.
enum BareAmpersands {
    /// The repaired document, or nil when there was nothing to repair. `bytes` is UTF-8.
    static func repair(_ bytes: [UInt8]) -> [UInt8]? {
        bytes.withUnsafeBufferPointer { repair($0) }
    }

    private static func repair(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let n = b.count
        let declaresEntities = find(Array("<!ENTITY".utf8), in: b, from: 0) != nil
        var out: [UInt8] = []
        var copied = 0
        var i = 0
        while i < n {
            let c = b[i]
            if c == 0x3C {  // '<'
                i = skipMarkupDeclaration(b, at: i)
                continue
            }
            guard c == 0x26 else { i += 1; continue }  // '&'
            let (end, replacement) = reference(b, at: i, declaresEntities: declaresEntities)
            if let replacement {
                if out.isEmpty { out.reserveCapacity(n + n / 64 + 16) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<i]))
                out.append(contentsOf: replacement)
                copied = end
            }
            i = end
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<n]))
        return out
    }

    /// Index just past a comment, CDATA section, processing instruction or DOCTYPE starting at `i`,
    /// or `i + 1` for any other `<`.
    private static func skipMarkupDeclaration(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        func starts(_ s: String) -> Bool {
            let u = Array(s.utf8)
            guard i + u.count <= b.count else { return false }
            for k in 0..<u.count where b[i + k] != u[k] { return false }
            return true
        }
        func past(_ close: String, from: Int) -> Int {
            find(Array(close.utf8), in: b, from: from).map { $0 + close.utf8.count } ?? b.count
        }
        if starts("<!--") { return past("-->", from: i + 4) }
        if starts("<![CDATA[") { return past("]]>", from: i + 9) }
        if starts("<?") { return past("?>", from: i + 2) }
        if starts("<!DOCTYPE") {
            var k = i + 9
            while k < b.count, b[k] != 0x3E, b[k] != 0x5B { k += 1 }  // '>' or '['
            if k < b.count, b[k] == 0x5B { return past(">", from: past("]", from: k)) }
            return min(k + 1, b.count)
        }
        return i + 1
    }

    /// For the `&` at `i`: where its reference ends, and the bytes to put instead (nil: keep it).
    private static func reference(_ b: UnsafeBufferPointer<UInt8>, at i: Int,
                                  declaresEntities: Bool) -> (end: Int, replacement: [UInt8]?) {
        let escaped: [UInt8] = Array("&amp;".utf8)
        var k = i + 1
        if k < b.count, b[k] == 0x23 {  // '#'
            k += 1
            let hex = k < b.count && (b[k] == 0x78 || b[k] == 0x58)
            if hex { k += 1 }
            let digitsStart = k
            while k < b.count, isDigit(b[k], hex: hex) { k += 1 }
            if k > digitsStart, k < b.count, b[k] == 0x3B { return (k + 1, nil) }
            return (i + 1, escaped)
        }
        guard k < b.count, isNameStart(b[k]) else { return (i + 1, escaped) }
        while k < b.count, k - i <= 64, isNameChar(b[k]) { k += 1 }
        guard k < b.count, b[k] == 0x3B else { return (i + 1, escaped) }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<k]), as: UTF8.self)
        if ["amp", "lt", "gt", "quot", "apos"].contains(name) || declaresEntities { return (k + 1, nil) }
        guard let value = HTMLEntities.table[name + ";"] else { return (i + 1, escaped) }
        var refs: [UInt8] = []
        for u in value.unicodeScalars { refs += Array("&#\(u.value);".utf8) }
        return (k + 1, refs)
    }

    private static func isDigit(_ c: UInt8, hex: Bool) -> Bool {
        (c >= 0x30 && c <= 0x39) || hex && ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66)
    }

    private static func isNameStart(_ c: UInt8) -> Bool {
        (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || c == 0x5F || c == 0x3A
    }

    private static func isNameChar(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2E
    }

    private static func find(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard needle.count <= b.count else { return nil }
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0] {
                var k = 1
                while k < needle.count, b[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
