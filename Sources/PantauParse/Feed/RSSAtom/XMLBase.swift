import CLibXML2

/// `xml:base` (RSS and Atom, nested): the base URI links and enclosures of an element resolve
/// against. Each `xml:base` resolves against the one around it, the outermost against the
/// document URL. Without any, links stay as written and resolve against the document URL later.
enum XMLBase {
    /// True when one of the SAX2 attributes has a prefix (`xml:base` has; most attributes have none).
    @inline(__always)
    static func anyPrefixed(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>, _ count: Int) -> Bool {
        for i in 0..<count where attributes[5 * i + 1] != nil { return true }
        return false
    }

    /// `ref` resolved against `base` when there is one.
    static func resolve(_ ref: String, against base: String?) -> String {
        guard let base, !ref.isEmpty else { return ref }
        return URLResolver(base).resolve(ref)
    }
}

extension XNode {
    /// `xml:base` on this element itself.
    var xmlBaseAttribute: String? {
        var a = ptr.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, strcmpEqual(n, "base"), let ns = attr.pointee.ns, let p = ns.pointee.prefix,
               strcmpEqual(p, "xml") {
                return XNode.value(of: attr)
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// The base in effect on this element from `xml:base` attributes (here or on ancestors),
    /// absolute; nil when no `xml:base` applies.
    var xmlBase: String? {
        var chain: [String] = []
        var node: XNode? = self
        var hops = 0
        while let n = node, hops < 256 {
            if let b = n.xmlBaseAttribute { chain.append(b.pythonTrimmed()) }
            node = n.parent
            hops += 1
        }
        guard !chain.isEmpty else { return nil }
        var base = ptr.pointee.doc?.pointee.URL.map { String(cString: $0) } ?? ""
        for b in chain.reversed() { base = base.isEmpty ? b : URLResolver(base).resolve(b) }
        return base
    }
}

extension StreamFeedReader {
    /// Notes the `xml:base` of the element starting now (at `elementDepth`, already counted).
    mutating func noteBase(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ count: Int) {
        guard let attributes else { return }
        for i in 0..<count {
            guard let local = attributes[5 * i], let prefix = attributes[5 * i + 1], let value = attributes[5 * i + 3],
                  let end = attributes[5 * i + 4], strcmpEqual(local, "base"), strcmpEqual(prefix, "xml") else { continue }
            var raw = String(decoding: UnsafeBufferPointer(start: value, count: end - value), as: UTF8.self)
            if raw.contains("&#38;") { raw = raw.replacingOccurrences(of: "&#38;", with: "&") }
            let outer = bases.last?.base ?? documentURL
            let base = outer.isEmpty ? raw.pythonTrimmed() : URLResolver(outer).resolve(raw)
            bases.append((elementDepth, base))
            return
        }
    }

    /// The element at `elementDepth` ends.
    mutating func dropBase() {
        if let last = bases.last, last.depth == elementDepth { bases.removeLast() }
    }
}
