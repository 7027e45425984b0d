import CLibXML2

/// Serialises the children of an element back to markup (for XHTML content), escaping text so
/// that ``HTMLText/strip(_:)`` gives back exactly the characters the XML held.
enum XMLMarkup {
    static func inner(_ node: XNode) -> String {
        var out = ""
        for child in node.children { append(child, to: &out, depth: 0) }
        return out
    }

    private static func append(_ node: XNode, to out: inout String, depth: Int) {
        guard depth < XNode.maxDepth else { return }
        switch node.ptr.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            escape(node.content, into: &out)
        case XML_ENTITY_REF_NODE:
            var s = ""
            var budget = XNode.entityBudget
            node.appendText(to: &s, depth: 0, budget: &budget, skip: nil)
            escape(s, into: &out)
        case XML_ELEMENT_NODE:
            let name = node.name
            out += "<" + name
            var a = node.ptr.pointee.properties
            while let attr = a {
                if let n = attr.pointee.name {
                    out += " " + String(cString: n) + "=\""
                    escape(XNode.value(of: attr), into: &out)
                    out += "\""
                }
                a = attr.pointee.next
            }
            out += ">"
            for child in node.children { append(child, to: &out, depth: depth + 1) }
            out += "</" + name + ">"
        default:
            break
        }
    }

    private static func escape(_ s: String, into out: inout String) {
        guard s.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            out += s
            return
        }
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
    }
}
