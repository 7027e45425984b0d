import CLibXML2

/// XHTML inside a text construct, serialised while streaming exactly as ``XMLMarkup`` serialises
/// the tree: start and end tags with the tree's names, attributes in order, text escaped.
struct StreamMarkup {
    var bytes: [UInt8] = []
    /// Every element below the field is a `<div>` (feedparser then keeps the text only).
    var onlyDivs = true
    /// Inside of the one top-level `<div>` when nothing but blank text surrounds it (Atom 1.0 drops that div).
    var divInner: Range<Int>?

    /// Name ranges (in `bytes`) of the open elements, for their end tags.
    fileprivate var open: [Range<Int>] = []
    fileprivate var topElements = 0
    fileprivate var topTextBlank = true
    /// Start (in the field's text) of the top-level text since the last top-level element.
    fileprivate var topTextStart = 0

    /// Escapes `&`, `<`, `>` and `"` as ``XMLMarkup`` does.
    mutating func appendEscaped(_ s: UnsafeBufferPointer<UInt8>) {
        for c in s { appendEscaped(c) }
    }

    @inline(__always) mutating func appendEscaped(_ c: UInt8) {
        switch c {
        case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
        case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
        case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
        case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
        default: bytes.append(c)
        }
    }

    fileprivate mutating func appendCString(_ p: UnsafePointer<xmlChar>) {
        var q = p
        while q.pointee != 0 { bytes.append(q.pointee); q += 1 }
    }

    /// True when the text is empty after Python's `strip()`.
    static func isBlank(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in s {
            if c >= 0x80 { return String(decoding: s, as: UTF8.self).pythonTrimmed().isEmpty }
            if !HTMLText.isSpace(UInt32(c)) { return false }
        }
        return true
    }
}

extension StreamFeedReader {
    /// Deepest element kept below a text construct (the tree serialiser stops at ``XNode/maxDepth``).
    static let maxMarkupDepth = 200

    /// A child element of a text construct starts (`fieldDepth` not yet counted).
    mutating func markupStart(local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
                              attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, nbAttributes: Int, depth: Int) {
        guard depth < Self.maxMarkupDepth, markup.bytes.count < Self.maxText else { giveUp(); return }
        if depth == 0 {
            if !hasElements {
                // The first element: the text so far is top-level text.
                markup = StreamMarkup()
                markingUp = true
                text.withUnsafeBufferPointer { markup.appendEscaped($0) }
            }
            markup.topTextBlank = markup.topTextBlank && topTextIsBlank()
            markup.topElements += 1
        }
        markup.bytes.append(0x3C)
        let nameStart = markup.bytes.count
        // The tree's name: "prefix:local" when the prefix is not declared.
        if let prefix, uri == nil {
            markup.appendCString(prefix)
            markup.bytes.append(0x3A)
        }
        markup.appendCString(local)
        let name = nameStart..<markup.bytes.count
        let isDiv = Self.isDiv(markup.bytes, name)
        markup.onlyDivs = markup.onlyDivs && isDiv
        if let attributes {
            for i in 0..<nbAttributes {
                guard let aLocal = attributes[5 * i], let value = attributes[5 * i + 3], let end = attributes[5 * i + 4] else { continue }
                markup.bytes.append(0x20)
                if let aPrefix = attributes[5 * i + 1], attributes[5 * i + 2] == nil {
                    markup.appendCString(aPrefix)
                    markup.bytes.append(0x3A)
                }
                markup.appendCString(aLocal)
                markup.bytes.append(contentsOf: [0x3D, 0x22])  // ="
                // Without entity substitution libxml2 hands "&" over as "&#38;" (its tree turns it back).
                var p = value
                while p < end {
                    if p.pointee == 0x26 {
                        guard end - p >= 5, p[1] == 0x23, p[2] == 0x33, p[3] == 0x38, p[4] == 0x3B else { giveUp(); return }
                        markup.bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])
                        p += 5
                    } else {
                        markup.appendEscaped(p.pointee)
                        p += 1
                    }
                }
                markup.bytes.append(0x22)
            }
        }
        markup.bytes.append(0x3E)
        if depth == 0 && markup.topElements == 1 && isDiv { markup.divInner = markup.bytes.count..<markup.bytes.count }
        markup.open.append(name)
    }

    /// A child element of a text construct ends (`fieldDepth` already back to the element's depth).
    mutating func markupEnd(depth: Int) {
        guard let name = markup.open.popLast() else { return }
        if depth == 0, markup.topElements == 1, let inner = markup.divInner {
            markup.divInner = inner.lowerBound..<markup.bytes.count
        }
        markup.bytes.append(contentsOf: [0x3C, 0x2F])  // </
        for k in name { markup.bytes.append(markup.bytes[k]) }
        markup.bytes.append(0x3E)
        if depth == 0 { markup.topTextStart = text.count }
    }

    /// Text `text[from...]` was just added inside a text construct with elements.
    mutating func markupText(from: Int) {
        guard from < text.count else { return }
        text.withUnsafeBufferPointer { markup.appendEscaped(UnsafeBufferPointer(rebasing: $0[from...])) }
    }

    /// The markup of the field that just ended, or nil when it had no child elements.
    mutating func finishedMarkup() -> StreamMarkup? {
        guard markingUp else { return nil }
        markup.topTextBlank = markup.topTextBlank && topTextIsBlank()
        if markup.topElements != 1 || !markup.topTextBlank { markup.divInner = nil }
        return markup
    }

    private func topTextIsBlank() -> Bool {
        text.withUnsafeBufferPointer { StreamMarkup.isBlank(UnsafeBufferPointer(rebasing: $0[markup.topTextStart...])) }
    }

    /// The name is "div", ASCII case-insensitive.
    private static func isDiv(_ b: [UInt8], _ r: Range<Int>) -> Bool {
        r.count == 3 && b[r.lowerBound] | 0x20 == 0x64 && b[r.lowerBound + 1] | 0x20 == 0x69 && b[r.lowerBound + 2] | 0x20 == 0x76
    }
}
