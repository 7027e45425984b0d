/// Finds a document's character encoding and turns its bytes into valid UTF-8.
///
/// Order of precedence: byte-order mark, then the HTTP `charset` given by the caller, then the
/// document's own declaration (`<?xml encoding?>` or HTML `<meta charset>`), then UTF-8.
/// Invalid bytes become U+FFFD; decoding never fails.
enum Transcoder {
    /// The decoded document.
    struct Decoded {
        /// Valid UTF-8, without a byte-order mark.
        var bytes: [UInt8]
        /// Canonical name of the encoding that was used ("utf-8", "windows-1251", …).
        var encoding: String
        /// The encoding is not one Pantau decodes itself: pass the original bytes to libxml2 with this name.
        var delegate: String?
    }

    /// Which kind of declaration to look for when no BOM or HTTP charset decides.
    enum Flavor { case xml, html, json }

    static func decode(_ input: [UInt8], httpCharset: String?, flavor: Flavor) -> Decoded {
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(input.dropFirst(3)))
        }
        if input.starts(with: [0xFF, 0xFE]) { return utf16(Array(input.dropFirst(2)), bigEndian: false) }
        if input.starts(with: [0xFE, 0xFF]) { return utf16(Array(input.dropFirst(2)), bigEndian: true) }
        if input.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return utf16(input, bigEndian: false) }
        if input.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return utf16(input, bigEndian: true) }
        var label = httpCharset.flatMap(canonical)
        if label == nil {
            switch flavor {
            case .xml: label = xmlDeclaredEncoding(input).flatMap(canonical)
            case .html: label = htmlDeclaredEncoding(input).flatMap(canonical)
            case .json: label = nil
            }
        }
        let name = label ?? "utf-8"
        switch name {
        case "utf-8": return utf8(input)
        case "utf-16le": return utf16(input, bigEndian: false)
        case "utf-16be", "utf-16": return utf16(input, bigEndian: true)
        default:
            if let table = SingleByteTables.upperHalves[name] {
                return Decoded(bytes: singleByte(input, table: table), encoding: name, delegate: nil)
            }
            return Decoded(bytes: input, encoding: name, delegate: name)
        }
    }

    /// Maps the many labels of an encoding to one name; nil for labels that mean nothing.
    static func canonical(_ raw: String) -> String? {
        let s = raw.trimmingQuotesAndSpaces().lowercased()
        guard !s.isEmpty, s.count < 40 else { return nil }
        switch s {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-646-us":
            return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso_8859-1", "windows-1252", "cp1252",
             "x-cp1252", "cp819", "ibm819":
            return "windows-1252"
        case "windows-1251", "cp1251", "x-cp1251": return "windows-1251"
        case "windows-1250", "cp1250", "x-cp1250": return "windows-1250"
        case "windows-1253", "cp1253": return "windows-1253"
        case "windows-1254", "cp1254", "iso-8859-9", "latin5": return "windows-1254"
        case "windows-1256", "cp1256": return "windows-1256"
        case "iso-8859-2", "iso8859-2", "latin2": return "iso-8859-2"
        case "iso-8859-5", "iso8859-5": return "iso-8859-5"
        case "iso-8859-15", "iso8859-15", "latin9": return "iso-8859-15"
        case "koi8-r", "koi8r": return "koi8-r"
        case "utf-16le": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "utf-16": return "utf-16"
        default:
            let allowed = s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E || $0 == 0x3A }
            return allowed ? s : nil
        }
    }

    /// The `charset` parameter of a Content-Type header value.
    static func charset(fromContentType contentType: String?) -> String? {
        guard let ct = contentType?.lowercased() else { return nil }
        for part in ct.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1)
            if kv.count == 2, kv[0].trimmingQuotesAndSpaces() == "charset" {
                let v = kv[1].trimmingQuotesAndSpaces()
                return v.isEmpty ? nil : v
            }
        }
        return nil
    }

    // MARK: - Declarations

    /// `encoding="…"` from an XML declaration at the very start.
    static func xmlDeclaredEncoding(_ b: [UInt8]) -> String? {
        var i = 0
        while i < b.count, i < 64, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        guard b.count >= i + 5, b[i] == 0x3C, b[i + 1] == 0x3F else { return nil }
        let end = min(b.count, i + 300)
        guard let close = b[i..<end].firstIndex(of: 0x3E) else { return nil }
        if b[i..<close].allSatisfy({ $0 < 0x80 }) { return asciiEncodingValue(b, i, close) }
        let decl = String(decoding: b[i..<close], as: UTF8.self)
        return attributeValue(named: "encoding", in: decl)
    }

    /// ``attributeValue(named:in:)`` for `encoding` in the ASCII bytes `b[start..<end]`, without
    /// making a String first (CR LF counts as one character before the name, as in a String).
    static func asciiEncodingValue(_ b: [UInt8], _ start: Int, _ end: Int) -> String? {
        let name: [UInt8] = Array("encoding".utf8)
        var k = start
        while k + name.count <= end {
            guard b[k] == 0x65, b[k..<(k + name.count)].elementsEqual(name) else { k += 1; continue }
            let r = k
            var i = r + name.count
            k = i
            if r > start {
                let c = b[r - 1]
                let crlf = c == 0x0A && r - 1 > start && b[r - 2] == 0x0D
                guard c == 0x20 || c == 0x09 || c == 0x0D || (c == 0x0A && !crlf) else { continue }
            }
            while i < end, b[i] == 0x20 { i += 1 }
            guard i < end, b[i] == 0x3D else { continue }
            i += 1
            while i < end, b[i] == 0x20 { i += 1 }
            guard i < end else { return nil }
            if b[i] == 0x22 || b[i] == 0x27 {
                let q = b[i]
                guard let close = b[(i + 1)..<end].firstIndex(of: q) else { return nil }
                return String(decoding: b[(i + 1)..<close], as: UTF8.self)
            }
            let stop = b[i..<end].firstIndex { $0 == 0x20 || $0 == 0x2F || $0 == 0x3E || $0 == 0x3B } ?? end
            return String(decoding: b[i..<stop], as: UTF8.self)
        }
        return nil
    }

    /// `<meta charset>` or `<meta http-equiv content="…charset=…">` in the first 4 KB.
    static func htmlDeclaredEncoding(_ b: [UInt8]) -> String? {
        let head = String(decoding: b.prefix(4_096), as: UTF8.self).lowercased()
        var search = head[...]
        while let r = search.range(of: "<meta") {
            let rest = search[r.upperBound...]
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = String(rest[..<close])
            if let v = attributeValue(named: "charset", in: tag) { return v }
            if let content = attributeValue(named: "content", in: tag), let cs = charset(fromContentType: "x;" + content.replacingSemicolonsInContent()) {
                return cs
            }
            search = rest[close...]
        }
        if let xml = xmlDeclaredEncoding(b) { return xml }
        return nil
    }

    /// The value of `name="v"`, `name='v'` or `name=v` inside a tag's text.
    static func attributeValue(named name: String, in tag: String) -> String? {
        var search = tag[...]
        while let r = search.range(of: name) {
            var i = r.upperBound
            let before = r.lowerBound == tag.startIndex ? " " : tag[tag.index(before: r.lowerBound)]
            search = tag[r.upperBound...]
            guard before == " " || before == "\t" || before == "\n" || before == "\r" else { continue }
            while i < tag.endIndex, tag[i] == " " { i = tag.index(after: i) }
            guard i < tag.endIndex, tag[i] == "=" else { continue }
            i = tag.index(after: i)
            while i < tag.endIndex, tag[i] == " " { i = tag.index(after: i) }
            guard i < tag.endIndex else { return nil }
            if tag[i] == "\"" || tag[i] == "'" {
                let q = tag[i]
                let start = tag.index(after: i)
                guard let end = tag[start...].firstIndex(of: q) else { return nil }
                return String(tag[start..<end])
            }
            let end = tag[i...].firstIndex { $0 == " " || $0 == "/" || $0 == ">" || $0 == ";" } ?? tag.endIndex
            return String(tag[i..<end])
        }
        return nil
    }

    // MARK: - Decoders

    static func utf8(_ b: [UInt8]) -> Decoded {
        if isValidUTF8(b) { return Decoded(bytes: b, encoding: "utf-8", delegate: nil) }
        return Decoded(bytes: Array(String(decoding: b, as: UTF8.self).utf8), encoding: "utf-8", delegate: nil)
    }

    static func isValidUTF8(_ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { isValidUTF8($0) }
    }

    /// Strict UTF-8 validation (no overlongs, no surrogates, at most U+10FFFF), ASCII eight bytes at a time.
    static func isValidUTF8(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buf.baseAddress else { return true }
        let n = buf.count
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            }
            let c = buf[i]
            if c < 0x80 { i += 1; continue }
            @inline(__always) func cont(_ k: Int) -> Bool { k < n && buf[k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(i + 1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(i + 1), cont(i + 2) else { return false }
                let c1 = buf[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }
                if c == 0xED && c1 > 0x9F { return false }
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(i + 1), cont(i + 2), cont(i + 3) else { return false }
                let c1 = buf[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }
                if c == 0xF4 && c1 > 0x8F { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    static func utf16(_ b: [UInt8], bigEndian: Bool) -> Decoded {
        var units = [UInt16]()
        units.reserveCapacity(b.count / 2)
        var i = 0
        while i + 1 < b.count {
            units.append(bigEndian ? UInt16(b[i]) << 8 | UInt16(b[i + 1]) : UInt16(b[i + 1]) << 8 | UInt16(b[i]))
            i += 2
        }
        var s = String(decoding: units, as: UTF16.self)
        // The declaration still says UTF-16; libxml2 is told UTF-8 explicitly, so drop a leading BOM only.
        if s.unicodeScalars.first == "\u{FEFF}" { s.unicodeScalars.removeFirst() }
        return Decoded(bytes: Array(s.utf8), encoding: bigEndian ? "utf-16be" : "utf-16le", delegate: nil)
    }

    static func singleByte(_ b: [UInt8], table: [UInt16]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(b.count + b.count / 8)
        for byte in b {
            if byte < 0x80 { out.append(byte); continue }
            let cp = UInt32(table[Int(byte) - 0x80])
            if cp < 0x800 {
                out.append(UInt8(0xC0 | (cp >> 6)))
                out.append(UInt8(0x80 | (cp & 0x3F)))
            } else {
                out.append(UInt8(0xE0 | (cp >> 12)))
                out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
                out.append(UInt8(0x80 | (cp & 0x3F)))
            }
        }
        return out
    }
}

extension StringProtocol {
    func trimmingQuotesAndSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\"" || f == "'" || f == "\t" || f == "\n" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\"" || l == "'" || l == "\t" || l == "\n" || l == "\r" { s.removeLast() }
        return String(s)
    }

    fileprivate func replacingSemicolonsInContent() -> String { String(self) }
}
