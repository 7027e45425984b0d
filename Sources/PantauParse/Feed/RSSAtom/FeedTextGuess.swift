/// feedparser's guess whether a nominally plain RSS value is really HTML: it must hold a close
/// tag or a character reference, every tag must be a common HTML element, and every named
/// reference an HTML 4 entity.
package enum FeedTextGuess {
    package static let acceptableElements: Set<String> = [
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big", "blockquote", "br",
        "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datagrid",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "event-source",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "i", "img", "input", "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu",
        "meter", "multicol", "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre",
        "progress", "q", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span",
        "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time",
        "tr", "tt", "u", "ul", "var", "video",
    ]

    @inline(__always) private static func isWord(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F || c >= 0x80
    }

    static func looksLikeHTML(_ s: String) -> Bool {
        let b = Array(s.utf8)
        let n = b.count
        guard b.contains(0x3C) || b.contains(0x26) else { return false }
        // must have a close tag `</\w+>` or a reference `&#?\w+;`
        var qualifies = false
        var i = 0
        while i < n, !qualifies {
            if b[i] == 0x3C, i + 1 < n, b[i + 1] == 0x2F {
                var k = i + 2
                while k < n, isWord(b[k]) { k += 1 }
                if k > i + 2, k < n, b[k] == 0x3E { qualifies = true }
            } else if b[i] == 0x26 {
                var k = i + 1
                if k < n, b[k] == 0x23 { k += 1 }
                let ws = k
                while k < n, isWord(b[k]) { k += 1 }
                if k > ws, k < n, b[k] == 0x3B { qualifies = true }
            }
            i += 1
        }
        guard qualifies else { return false }
        // every tag `</?(\w+)` is acceptable
        i = 0
        while i < n {
            if b[i] == 0x3C {
                var k = i + 1
                if k < n, b[k] == 0x2F { k += 1 }
                let ws = k
                while k < n, isWord(b[k]) { k += 1 }
                if k > ws {
                    let name = String(decoding: b[ws..<k], as: UTF8.self).lowercased()
                    if !acceptableElements.contains(name) { return false }
                }
            } else if b[i] == 0x26 {
                // every named entity `&(\w+);` must be an HTML 4 entity
                let ws = i + 1
                var k = ws
                while k < n, isWord(b[k]) { k += 1 }
                if k > ws, k < n, b[k] == 0x3B {
                    let name = String(decoding: b[ws..<k], as: UTF8.self)
                    if !HTMLEntities.html4Names.contains(name) { return false }
                }
            }
            i += 1
        }
        return true
    }
}
