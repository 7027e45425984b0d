import CLibXML2
import Foundation

/// Element keys, attributes and child texts of the element being streamed, named the way
/// libxml2's tree would name them (an undeclared prefix stays part of the name).
extension StreamFeedReader {
    /// The key of an element, cached by libxml2's interned name and namespace pointers.
    mutating func key(local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?) -> FeedKey? {
        let prefixed = prefix != nil
        for e in keyCache where e.local == local && e.uri == uri && e.prefixed == prefixed { return e.key }
        let key = FeedKey(FeedNamespaces.key(name: Self.domName(local, prefix, uri), namespace: Self.string(uri),
                                             hasPrefix: prefix != nil && uri != nil))
        // Only names from the parser's dictionary live (and keep their address) for the whole parse.
        if keyCache.count < 256, let dict = ctxt?.pointee.dict, xmlDictOwns(dict, local) == 1,
           uri == nil || xmlDictOwns(dict, uri) == 1 {
            keyCache.append(CacheEntry(local: local, uri: uri, prefixed: prefixed, key: key))
        }
        return key
    }

    /// The element name libxml2's tree gives: "prefix:local" when the prefix is not declared.
    static func domName(_ local: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?,
                        _ uri: UnsafePointer<xmlChar>?) -> String {
        if let prefix, uri == nil { return string(prefix) + ":" + string(local) }
        return string(local)
    }

    static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// 0, 1, 2 for a child named `name`, `email`, `id` (ASCII case-insensitive), else nil.
    static func childSlot(_ p: UnsafePointer<xmlChar>) -> Int? {
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        let c0 = lower(p[0])
        if c0 == 0x6E, lower(p[1]) == 0x61, lower(p[2]) == 0x6D, lower(p[3]) == 0x65, p[4] == 0 { return 0 }  // name
        if c0 == 0x65, lower(p[1]) == 0x6D, lower(p[2]) == 0x61, lower(p[3]) == 0x69, lower(p[4]) == 0x6C, p[5] == 0 { return 1 }  // email
        if c0 == 0x69, lower(p[1]) == 0x64, p[2] == 0 { return 2 }  // id
        return nil
    }

    // MARK: - Attributes

    /// Copies the attributes of the element starting now (SAX2 gives five pointers per attribute).
    mutating func captureAttributes(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ count: Int) {
        attrBytes.removeAll(keepingCapacity: true)
        attrSpans.removeAll(keepingCapacity: true)
        guard let attributes, count > 0 else { return }
        for i in 0..<count {
            guard let local = attributes[5 * i], let value = attributes[5 * i + 3], let end = attributes[5 * i + 4] else { continue }
            let nameStart = attrBytes.count
            if let prefix = attributes[5 * i + 1], attributes[5 * i + 2] == nil {
                appendCString(prefix)
                attrBytes.append(0x3A)
            }
            appendCString(local)
            let valueStart = attrBytes.count
            // Without entity substitution libxml2 hands "&" over as "&#38;" (its tree turns it back).
            var p = value
            while p < end {
                if p.pointee == 0x26 {
                    guard end - p >= 5, p[1] == 0x23, p[2] == 0x33, p[3] == 0x38, p[4] == 0x3B else { giveUp(); return }
                    attrBytes.append(0x26)
                    p += 5
                } else {
                    attrBytes.append(p.pointee)
                    p += 1
                }
            }
            attrSpans.append((nameStart..<valueStart, valueStart..<attrBytes.count))
        }
    }

    private mutating func appendCString(_ p: UnsafePointer<xmlChar>) {
        var q = p
        while q.pointee != 0 { attrBytes.append(q.pointee); q += 1 }
    }

    /// Value of the first captured attribute with this name.
    func capturedAttribute(_ name: String) -> String? {
        StreamField.attribute(name, attrBytes, attrSpans)
    }

    /// `xml:lang` of the element starting now.
    func xmlLang(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ count: Int) -> String? {
        guard let attributes else { return nil }
        for i in 0..<count {
            guard let local = attributes[5 * i], let prefix = attributes[5 * i + 1], let value = attributes[5 * i + 3],
                  let end = attributes[5 * i + 4] else { continue }
            if strcmpEqual(local, "lang"), strcmpEqual(prefix, "xml") {
                let s = String(decoding: UnsafeBufferPointer(start: value, count: end - value), as: UTF8.self)
                return s.contains("&#38;") ? s.replacingOccurrences(of: "&#38;", with: "&") : s
            }
        }
        return nil
    }
}

/// The field element just streamed, as the field rules see it.
struct StreamField: FeedField {
    let textBytes: [UInt8]
    let hasElements: Bool
    let attrBytes: [UInt8]
    let attrSpans: [(name: Range<Int>, value: Range<Int>)]
    /// Text ranges of the first child `name`, `email`, `id`.
    let childRanges: [Range<Int>?]
    /// XHTML below a text construct.
    let markup: StreamMarkup?
    /// The `xml:base` in effect on the element (absolute), nil when none.
    let xmlBase: String?

    init(text: [UInt8], hasElements: Bool, attrBytes: [UInt8], attrSpans: [(name: Range<Int>, value: Range<Int>)],
         childRanges: [Range<Int>?], markup: StreamMarkup? = nil, xmlBase: String? = nil) {
        self.xmlBase = xmlBase
        textBytes = text
        self.hasElements = hasElements
        self.attrBytes = attrBytes
        self.attrSpans = attrSpans
        self.childRanges = childRanges
        self.markup = markup
    }

    var text: String { String(decoding: textBytes, as: UTF8.self) }

    /// The stream reader steps aside for a category with child elements, so all text is its own.
    var directText: String { text }
    /// The stream reader steps aside for an image with a title.
    var imageTitle: String? { nil }

    func attribute(_ local: String) -> String? { Self.attribute(local, attrBytes, attrSpans) }

    func childText(_ lowerName: String) -> String? {
        let slot: Int
        switch lowerName {
        case "name": slot = 0
        case "email": slot = 1
        case "id": slot = 2
        default: return nil
        }
        guard let r = childRanges[slot] else { return nil }
        return textBytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[r]), as: UTF8.self) }
    }

    /// As ``XNode``'s: the text when only `<div>`s wrap escaped HTML, else the serialised XHTML.
    func markupValue(type: inout String?, reader: XMLFeedReader) -> String {
        guard let markup else { return text }
        if type == "html" || type == "text/html", markup.onlyDivs { return text }
        if type == nil || type == "text" || type == "text/plain" { type = "application/xhtml+xml" }
        if reader.format == "atom10", let inner = markup.divInner {
            return markup.bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[inner]), as: UTF8.self) }
        }
        return String(decoding: markup.bytes, as: UTF8.self)
    }

    static func attribute(_ name: String, _ bytes: [UInt8], _ spans: [(name: Range<Int>, value: Range<Int>)]) -> String? {
        guard !spans.isEmpty else { return nil }
        var name = name
        return name.withUTF8 { n -> String? in
            bytes.withUnsafeBufferPointer { b -> String? in
                for span in spans where span.name.count == n.count {
                    var same = true
                    for k in 0..<n.count where b[span.name.lowerBound + k] != n[k] { same = false; break }
                    if same { return String(decoding: UnsafeBufferPointer(rebasing: b[span.value]), as: UTF8.self) }
                }
                return nil
            }
        }
    }
}
