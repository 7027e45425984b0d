/// Appends HTML: `raw` for markup Pantau writes, `text` for anything else (escaped), as the
/// report's HTMLBuilder does. Calls chain.
final class HTML {
    var out = ""

    init() { out.reserveCapacity(16_384) }

    @discardableResult func raw(_ s: String) -> HTML { out += s; return self }
    @discardableResult func text(_ s: String) -> HTML { HTML.escape(s, into: &out); return self }

    /// `<a href="…">text</a>` with both escaped.
    @discardableResult func link(_ href: String, _ label: String) -> HTML {
        raw("<a href=\"").text(href).raw("\">").text(label).raw("</a>")
    }

    /// A table cell of escaped text.
    @discardableResult func td(_ s: String, _ cls: String? = nil) -> HTML {
        raw(cls.map { "<td class=\"\($0)\">" } ?? "<td>").text(s).raw("</td>")
    }

    static func escape(_ s: String) -> String {
        var r = ""
        escape(s, into: &r)
        return r
    }

    /// Appends `s` escaped; text with nothing to escape (most of it) is appended as it is.
    static func escape(_ s: String, into out: inout String) {
        let bytes = s.utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            out += s
            return
        }
        var start = bytes.startIndex
        for i in bytes.indices {
            let entity: String
            switch bytes[i] {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            // An ASCII byte always starts a character, so these indices cut `s` cleanly.
            out += s[start..<i]
            out += entity
            start = bytes.index(after: i)
        }
        out += s[start...]
    }
}
