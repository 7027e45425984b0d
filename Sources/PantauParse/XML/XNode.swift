import CLibXML2

/// A read-only view of one libxml2 node; valid only inside ``XMLTree``'s closures.
struct XNode {
    let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    /// Deepest element nesting any recursive walk follows; deeper content is ignored.
    static let maxDepth = 400
    /// Most characters an entity reference may expand to within one text value.
    static let entityBudget = 1_000_000

    var isElement: Bool { ptr.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { ptr.pointee.type == XML_TEXT_NODE || ptr.pointee.type == XML_CDATA_SECTION_NODE }

    /// Local name ("title" for `<atom:title>`).
    var name: String {
        guard let n = ptr.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Lower-cased local name, for HTML.
    var lowerName: String { name.lowercased() }

    /// Namespace URI, or "" when the element has none.
    var namespace: String {
        guard let ns = ptr.pointee.ns, let href = ns.pointee.href else { return "" }
        return String(cString: href)
    }

    /// Namespace prefix as written, or "".
    var prefix: String {
        guard let ns = ptr.pointee.ns, let p = ns.pointee.prefix else { return "" }
        return String(cString: p)
    }

    /// Child nodes of every type, in order.
    var children: XNodeSequence { XNodeSequence(first: ptr.pointee.children, elementsOnly: false) }

    /// Child elements, in order.
    var elements: XNodeSequence { XNodeSequence(first: ptr.pointee.children, elementsOnly: true) }

    var parent: XNode? {
        guard let p = ptr.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XNode(p)
    }

    /// The raw content of a text or CDATA node.
    var content: String {
        guard let c = ptr.pointee.content else { return "" }
        return String(cString: c)
    }

    /// Attribute value by local name, whatever its namespace (first match).
    func attribute(_ local: String) -> String? {
        var a = ptr.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, strcmpEqual(n, local) { return XNode.value(of: attr) }
            a = attr.pointee.next
        }
        return nil
    }

    /// Attribute value matched case-insensitively by local name (HTML); `local` is lower-case.
    func attributeCI(_ local: String) -> String? {
        var a = ptr.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, String(cString: n).lowercased() == local { return XNode.value(of: attr) }
            a = attr.pointee.next
        }
        return nil
    }

    /// `xml:lang` on this element.
    var xmlLang: String? {
        var a = ptr.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, strcmpEqual(n, "lang"), let ns = attr.pointee.ns, let p = ns.pointee.prefix,
               strcmpEqual(p, "xml") {
                return XNode.value(of: attr)
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// The text of an attribute node (entity references expanded within a budget).
    static func value(of attr: xmlAttrPtr) -> String {
        var out = ""
        var budget = XNode.entityBudget
        var c = attr.pointee.children
        while let child = c {
            XNode(child).appendText(to: &out, depth: 0, budget: &budget, skip: nil)
            c = child.pointee.next
        }
        return out
    }

    /// All text below this node (text and CDATA; entity references expanded within a budget).
    var text: String {
        // Fast path: a single text child.
        if let c = ptr.pointee.children, c.pointee.next == nil,
           c.pointee.type == XML_TEXT_NODE || c.pointee.type == XML_CDATA_SECTION_NODE {
            return XNode(c).content
        }
        var out = ""
        var budget = XNode.entityBudget
        appendText(to: &out, depth: 0, budget: &budget, skip: nil)
        return out
    }

    /// Appends descendant text; `skip` names elements (lower-cased) whose content is left out.
    func appendText(to out: inout String, depth: Int, budget: inout Int, skip: Set<String>?) {
        switch ptr.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let c = ptr.pointee.content { out += String(cString: c) }
        case XML_ENTITY_REF_NODE:
            guard depth < 16, budget > 0 else { return }
            // children of an entity reference point into the entity declaration.
            var c = ptr.pointee.children
            while let child = c {
                let before = out.utf8.count
                XNode(child).appendText(to: &out, depth: depth + 1, budget: &budget, skip: skip)
                budget -= out.utf8.count - before
                if budget <= 0 { return }
                c = child.pointee.next
            }
        case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE, XML_ENTITY_DECL:
            guard depth < XNode.maxDepth else { return }
            if let skip, ptr.pointee.type == XML_ELEMENT_NODE, skip.contains(lowerName) { return }
            var c = ptr.pointee.children
            while let child = c {
                XNode(child).appendText(to: &out, depth: depth + 1, budget: &budget, skip: skip)
                c = child.pointee.next
            }
        default:
            return
        }
    }

    /// First child element with this local name (any namespace).
    func first(_ local: String) -> XNode? {
        elements.first { $0.name == local }
    }
}

/// Iterates siblings starting at `first`.
struct XNodeSequence: Sequence, IteratorProtocol {
    var current: xmlNodePtr?
    let elementsOnly: Bool

    init(first: xmlNodePtr?, elementsOnly: Bool) {
        self.current = first
        self.elementsOnly = elementsOnly
    }

    mutating func next() -> XNode? {
        while let c = current {
            current = c.pointee.next
            if !elementsOnly || c.pointee.type == XML_ELEMENT_NODE { return XNode(c) }
        }
        return nil
    }
}

/// Compares a libxml2 name with a Swift string without allocating.
@inline(__always)
func strcmpEqual(_ c: UnsafePointer<xmlChar>, _ s: String) -> Bool {
    var s = s
    return s.withUTF8 { u in
        var i = 0
        while i < u.count {
            if c[i] != u[i] { return false }
            i += 1
        }
        return c[i] == 0
    }
}
