import Foundation
import PantauModel

/// Values of feed elements: text constructs, links, authors, counts, and feedparser's text repairs.
extension XMLFeedReader {

    /// A text construct with feedparser's type rules.
    func text<N: FeedField>(_ node: N, defaultHTML: Bool) -> FeedText? {
        var type = node.attribute("type")?.lowercased()
        let mode = node.attribute("mode")?.lowercased()
        var value = node.hasElements ? node.markupValue(type: &type, reader: self) : node.text
        value = value.pythonTrimmed()
        let mapped: String
        switch type {
        case nil: mapped = defaultHTML ? "text/html" : "text/plain"
        case "text": mapped = "text/plain"
        case "html": mapped = "text/html"
        case "xhtml": mapped = "application/xhtml+xml"
        case let t?: mapped = t
        }
        if mode == "base64" || isBase64Type(mapped, mode: mode) {
            let compact = value.filter { !$0.isWhitespace }
            if let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters),
               let s = String(data: data, encoding: .utf8) {
                value = s
            }
        }
        value = repair(value)
        var isHTML = mapped == "text/html" || mapped == "application/xhtml+xml"
        if !isAtom, mapped == "text/plain", !isHTML, FeedTextGuess.looksLikeHTML(value) { isHTML = true }
        return FeedText(value: value, isHTML: isHTML, isXHTML: mapped == "application/xhtml+xml")
    }

    func onlyDivElements(_ node: XNode) -> Bool {
        node.elements.allSatisfy { $0.name.lowercased() == "div" && onlyDivElements($0) }
    }

    /// feedparser drops the enclosing `<div>` of Atom 1.0 XHTML content when everything sits inside it.
    func unwrapDiv(_ node: XNode) -> XNode? {
        guard format == "atom10" else { return nil }
        var only: XNode?
        for child in node.children {
            if child.isElement {
                guard only == nil, child.name.lowercased() == "div" else { return nil }
                only = child
            } else if child.isText, !child.content.pythonTrimmed().isEmpty {
                return nil
            }
        }
        return only
    }

    /// feedparser's `_is_base64`: any declared type that is neither text nor XML is base64.
    func isBase64Type(_ type: String, mode: String?) -> Bool {
        if mode == "base64" { return true }
        if type.hasPrefix("text/") { return false }
        if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return false }
        return true
    }

    /// feedparser's repairs: UTF-8 mis-decoded as Latin-1, and C1 controls meaning windows-1252.
    func repair(_ s: String) -> String {
        // One pass over the bytes: C1 controls are C2 80…9F; anything above U+00FF rules out the Latin-1 repair.
        var t = s
        let (hasC1, onlyLatin1, hasHigh) = t.withUTF8 { b -> (Bool, Bool, Bool) in
            var c1 = false, latin = true, high = false
            var i = 0
            let base = b.baseAddress
            while i < b.count {
                if let base, i + 8 <= b.count,
                   UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let c = b[i]
                if c >= 0x80 {
                    high = true
                    if c == 0xC2, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] <= 0x9F { c1 = true }
                    if c >= 0xC4 { latin = false }
                }
                i += 1
            }
            return (c1, latin, high)
        }
        guard hasHigh else { return s }
        var out = s
        if wireUTF8, onlyLatin1, t.withUTF8(Self.latin1IsUTF8) {
            // feedparser: UTF-8 that was decoded as Latin-1 is decoded again.
            let bytes = s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            if Transcoder.isValidUTF8(bytes) {
                out = String(decoding: bytes, as: UTF8.self)
                return out.unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0x9F } ? mapC1(out) : out
            }
        }
        return hasC1 ? mapC1(out) : out
    }

    /// Whether the code points of a text that is all Latin-1 (`utf8` holds no lead byte above C3),
    /// taken as bytes, are valid UTF-8. Stops at the first byte that cannot be.
    static func latin1IsUTF8(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = utf8.count
        var pending = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        while i < n {
            let c = utf8[i]
            let v: UInt8
            if c < 0x80 {
                v = c
                i += 1
            } else if c == 0xC2 || c == 0xC3, i + 1 < n {
                v = (c & 0x03) << 6 | (utf8[i + 1] & 0x3F)
                i += 2
            } else {
                return false
            }
            if pending > 0 {
                guard v >= low, v <= high else { return false }
                pending -= 1
                low = 0x80
                high = 0xBF
                continue
            }
            switch v {
            case 0x00...0x7F: continue
            case 0xC2...0xDF: pending = 1
            case 0xE0: pending = 2; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
            case 0xED: pending = 2; high = 0x9F
            case 0xF0: pending = 3; low = 0x90
            case 0xF1...0xF3: pending = 3
            case 0xF4: pending = 3; high = 0x8F
            default: return false
            }
        }
        return pending == 0
    }

    /// C1 controls (U+0080…U+009F) read as the windows-1252 characters they stand for.
    func mapC1(_ s: String) -> String {
        let table = SingleByteTables.upperHalves["windows-1252"]!
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0x80, u.value <= 0x9F, let m = Unicode.Scalar(UInt32(table[Int(u.value) - 0x80])) {
                scalars.append(m)
            } else {
                scalars.append(u)
            }
        }
        return String(scalars)
    }

    /// Feed-level `<link>`: RSS text or Atom `rel="alternate"` href.
    func linkValue<N: FeedField>(_ node: N) -> String? {
        if let href = node.attribute("href") {
            let rel = node.attribute("rel") ?? "alternate"
            let type = node.attribute("type") ?? (rel == "self" ? "application/atom+xml" : "text/html")
            guard rel == "alternate", type == "text/html" || type == "application/xhtml+xml" || type == "html" else { return nil }
            return href
        }
        let v = clean(node.text)
        return v.isEmpty ? nil : fixLinkQuery(v)
    }

    /// feedparser's fix for "?a=1&b;=2"-style links.
    func fixLinkQuery(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }
        return s.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The Atom `<name>` (or lone `<email>`) of an author element; nil for text authors.
    func structuredAuthorName<N: FeedField>(_ node: N) -> String? {
        if let name = node.childText("name") {
            let v = clean(name)
            if !v.isEmpty { return v }
        }
        if let email = node.childText("email") {
            let v = clean(email)
            if !v.isEmpty { return v }
        }
        return nil
    }

    /// The name part of an author element: Atom `<name>`, or RSS "email (Name)" / "Name <email>".
    func authorName<N: FeedField>(_ node: N) -> String? {
        if let v = structuredAuthorName(node) { return v }
        // Child markup (`<author><b>Budi</b></author>`, a link around the name): its text, collapsed;
        // an author that holds only a link (`<uri>`) has no name.
        let raw = node.hasElements ? HTMLText.collapse(clean(node.text)) : clean(node.text)
        guard !raw.isEmpty else { return nil }
        if node.hasElements, raw.hasPrefix("http://") || raw.hasPrefix("https://") { return nil }
        return AuthorText.name(from: raw) ?? raw
    }

    func clean(_ s: String) -> String { repair(s.pythonTrimmed()) }

    func parseCount(_ s: String) -> Int? {
        let t = s.pythonTrimmed()
        if let v = Int(t) { return Count.bounded(v) }
        if let d = Double(t) { return Count.bounded(d) }
        return nil
    }

    func parseLength(_ s: String) -> Int? {
        Count.parse(s.pythonTrimmed())
    }
}

extension CharacterSet {
    /// Python's `str.strip()` whitespace.
    static let pythonWhitespace: CharacterSet = {
        var c = CharacterSet()
        for v: UInt32 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] {
            c.insert(Unicode.Scalar(v)!)
        }
        c.insert(charactersIn: Unicode.Scalar(0x2000)!...Unicode.Scalar(0x200A)!)
        return c
    }()
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
