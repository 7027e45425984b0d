import CLibXML2
import Foundation

/// Iterative depth-first walks over an HTML tree (no recursion, so hostile nesting cannot
/// exhaust the stack).
enum HTMLWalk {
    /// Visits elements in document order; `visit` returns false to skip an element's subtree.
    static func elements(_ root: XNode, maxDepth: Int = 1_000, _ visit: (XNode, Int) -> Bool) {
        var stack: [(xmlNodePtr, Int)] = [(root.ptr, 0)]
        while let (p, depth) = stack.popLast() {
            let node = XNode(p)
            guard node.isElement else { continue }
            guard visit(node, depth), depth < maxDepth else { continue }
            var kids: [xmlNodePtr] = []
            var c = p.pointee.children
            while let child = c {
                if child.pointee.type == XML_ELEMENT_NODE { kids.append(child) }
                c = child.pointee.next
            }
            for k in kids.reversed() { stack.append((k, depth + 1)) }
        }
    }

    /// All elements with this lower-case name.
    static func all(_ root: XNode, named name: String) -> [XNode] {
        var out: [XNode] = []
        elements(root) { n, _ in
            if n.lowerName == name { out.append(n) }
            return true
        }
        return out
    }

    /// Text of a subtree with block elements separated and `skip` elements left out, collapsed.
    static func text(_ root: XNode, skip: (XNode) -> Bool = { _ in false }, limit: Int = 2_000_000) -> String {
        var w = HTMLText.Writer(capacity: 1_024)
        var stack: [(xmlNodePtr, Bool)] = [(root.ptr, false)]  // (node, isClosingMarker)
        while let (p, closing) = stack.popLast() {
            if w.count > limit { break }
            let node = XNode(p)
            if closing {
                if HTMLText.blockTags.contains(node.lowerName) { w.pendingSpace = true }
                continue
            }
            switch p.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let c = p.pointee.content else { continue }
                let len = strlen(UnsafeRawPointer(c).assumingMemoryBound(to: CChar.self))
                let buf = UnsafeBufferPointer(start: c, count: len)
                var i = 0
                while i < buf.count { i = w.copyChar(buf, at: i) }
            case XML_ELEMENT_NODE:
                let name = node.lowerName
                if name == "script" || name == "style" || name == "noscript" || name == "template" || skip(node) { continue }
                if HTMLText.blockTags.contains(name) { w.pendingSpace = true }
                if stack.count > 100_000 { continue }
                stack.append((p, true))
                var kids: [xmlNodePtr] = []
                var c = p.pointee.children
                while let child = c {
                    kids.append(child)
                    c = child.pointee.next
                }
                for k in kids.reversed() { stack.append((k, false)) }
            default:
                continue
            }
        }
        return w.string
    }
}
