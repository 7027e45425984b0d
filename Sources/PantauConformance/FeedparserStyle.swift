import PantauParse

/// feedparser 6's `sanitize_style`: a `style` attribute keeps only safe CSS declarations
/// (`text-align: center;`), or goes when anything in it is suspect.
enum FeedparserStyle {
    static let acceptableProperties: Set<String> = Set("""
        azimuth background-color border-bottom-color border-collapse border-color border-left-color \
        border-right-color border-top-color clear color cursor direction display elevation float font \
        font-family font-size font-style font-variant font-weight height letter-spacing line-height overflow \
        pause pause-after pause-before pitch pitch-range richness speak speak-header speak-numeral \
        speak-punctuation speech-rate stress text-align text-decoration text-indent unicode-bidi \
        vertical-align voice-family volume white-space width
        """.split(separator: " ").map(String.init))

    static let acceptableKeywords: Set<String> = Set("""
        aqua auto black block blue bold both bottom brown center collapse dashed dotted fuchsia gray green \
        !important italic left lime maroon medium navy none normal nowrap olive pointer purple red right solid \
        silver teal top transparent underline white yellow
        """.split(separator: " ").map(String.init))

    /// The cleaned style ("" when it must be dropped).
    static func sanitize(_ style: String) -> String {
        let s = removingURLs(style)
        guard passesGauntlet(s) else { return "" }
        let declarations = split(s)
        guard let declarations else { return "" }
        var clean: [String] = []
        for (prop, value) in declarations where !value.isEmpty {
            let p = prop.lowercased()
            if acceptableProperties.contains(p) {
                clean.append(prop + ": " + value + ";")
            } else if ["background", "border", "margin", "padding"].contains(String(p.split(separator: "-").first ?? "")) {
                let ok = value.split(whereSeparator: \.isWhitespace).allSatisfy { acceptableKeywords.contains(String($0)) || isValidValue(String($0)) }
                if ok { clean.append(prop + ": " + value + ";") }
            }
        }
        return clean.joined(separator: " ")
    }

    /// `url\s*\(\s*[^\s)]+?\s*\)\s*` becomes one space.
    private static func removingURLs(_ s: String) -> String {
        guard s.lowercased().contains("url") else { return s }
        let c = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func ws(_ k: Int) -> Bool { k < c.count && Character(c[k]).isWhitespace }
        while i < c.count {
            if i + 3 <= c.count, String(String.UnicodeScalarView(c[i..<(i + 3)])) == "url" {
                var k = i + 3
                while ws(k) { k += 1 }
                if k < c.count, c[k] == "(" {
                    k += 1
                    while ws(k) { k += 1 }
                    let start = k
                    while k < c.count, !ws(k), c[k] != ")" { k += 1 }
                    var j = k
                    while ws(j) { j += 1 }
                    if k > start, j < c.count, c[j] == ")" {
                        j += 1
                        while ws(j) { j += 1 }
                        out.append(" ")
                        i = j
                        continue
                    }
                }
            }
            out.append(c[i])
            i += 1
        }
        return String(out)
    }

    /// `^([:,;#%.\sa-zA-Z0-9!]|\w-\w|'[\s\w]+'|"[\s\w]+"|\([\d,\s]+\))*$`
    private static func passesGauntlet(_ s: String) -> Bool {
        let c = Array(s)
        func word(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber || ch == "_" }
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch.isASCII && (ch.isLetter || ch.isNumber) || ":,;#%.!".contains(ch) || ch.isWhitespace { i += 1; continue }
            if ch == "-", i > 0, i + 1 < c.count, word(c[i - 1]), word(c[i + 1]) { i += 2; continue }
            if ch == "'" || ch == "\"" {
                var k = i + 1
                while k < c.count, c[k].isWhitespace || word(c[k]) { k += 1 }
                if k > i + 1, k < c.count, c[k] == ch { i = k + 1; continue }
                return false
            }
            if ch == "(" {
                var k = i + 1
                while k < c.count, c[k].isNumber || c[k] == "," || c[k].isWhitespace { k += 1 }
                if k > i + 1, k < c.count, c[k] == ")" { i = k + 1; continue }
                return false
            }
            if word(ch) { i += 1; continue }
            return false
        }
        return true
    }

    /// `([-\w]+)\s*:\s*([^:;]*)` pairs, or nil when anything but such declarations is left.
    private static func split(_ s: String) -> [(String, String)]? {
        var out: [(String, String)] = []
        for part in s.split(separator: ";", omittingEmptySubsequences: true) {
            let t = part.trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty { continue }
            let pieces = t.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[1].contains(":") else { return nil }
            let prop = pieces[0].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !prop.isEmpty, prop.allSatisfy({ $0 == "-" || $0 == "_" || $0.isLetter || $0.isNumber }) else { return nil }
            let value = pieces[1].trimmingCharacters(in: .whitespacesAndNewlines)
            out.append((prop, value))
        }
        return out
    }

    /// `^(#[0-9a-f]+|rgb\(\d+%?,\d*%?,?\d*%?\)?|\d{0,2}\.?\d{0,2}(cm|em|ex|in|mm|pc|pt|px|%|,|\))?)$`
    private static func isValidValue(_ v: String) -> Bool {
        if v.hasPrefix("#") { return v.count > 1 && v.dropFirst().allSatisfy { "0123456789abcdef".contains($0) } }
        if v.hasPrefix("rgb(") { return true }
        var rest = Substring(v)
        var d = 0
        while let f = rest.first, f.isASCII, f.isNumber, d < 2 { rest.removeFirst(); d += 1 }
        if rest.first == "." { rest.removeFirst() }
        d = 0
        while let f = rest.first, f.isASCII, f.isNumber, d < 2 { rest.removeFirst(); d += 1 }
        return ["", "cm", "em", "ex", "in", "mm", "pc", "pt", "px", "%", ",", ")"].contains(String(rest))
    }
}
