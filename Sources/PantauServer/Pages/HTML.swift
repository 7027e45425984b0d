/// Appends HTML: `raw` for markup Pantau writes, `text` for anything else (escaped), as the
/// report's HTMLBuilder does. Calls chain.
final class HTML {
    var out = ""

    init() { out.reserveCapacity(16_384) }

    @discardableResult func raw(_ s: String) -> HTML { out += s; return self }
    @discardableResult func text(_ s: String) -> HTML { out += HTML.escape(s); return self }

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
        r.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": r += "&amp;"
            case "<": r += "&lt;"
            case ">": r += "&gt;"
            case "\"": r += "&quot;"
            case "'": r += "&#39;"
            default: r.unicodeScalars.append(c)
            }
        }
        return r
    }
}
