/// Splits "jo@example.org (Jo Doe)" or "Jo Doe <jo@example.org>" into the name, as feedparser does.
enum AuthorText {
    /// The name part, or nil when nothing is left after removing the e-mail address.
    static func name(from raw: String) -> String? {
        guard let email = findEmail(raw) else { return raw }
        var a = raw.replacingOccurrences(of: email, with: "")
        a = a.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "<>", with: "")
            .replacingOccurrences(of: "&lt;&gt;", with: "")
        a = a.pythonTrimmed()
        if a.hasPrefix("(") { a.removeFirst() }
        if a.hasSuffix(")") { a.removeLast() }
        a = a.pythonTrimmed()
        return a.isEmpty ? nil : a
    }

    /// The first e-mail address in `s` (local@domain.tld, with feedparser's character classes).
    static func findEmail(_ s: String) -> String? {
        let chars = Array(s)
        func isLocal(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "_-.+".contains(c)) }
        func isDomain(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || c == "-" || c == ".") }
        for (i, c) in chars.enumerated() where c == "@" {
            var st = i
            while st > 0, isLocal(chars[st - 1]) { st -= 1 }
            var en = i + 1
            while en < chars.count, isDomain(chars[en]) { en += 1 }
            guard st < i, en > i + 1 else { continue }
            var domain = String(chars[(i + 1)..<en])
            while domain.hasSuffix(".") { domain.removeLast(); en -= 1 }
            guard domain.contains(".") else { continue }
            var end = en
            // "?subject=..." suffix
            if end < chars.count, chars[end] == "?" {
                var k = end
                while k < chars.count, !chars[k].isWhitespace, chars[k] != ")", chars[k] != ">" { k += 1 }
                end = k
            }
            return String(chars[st..<end])
        }
        return nil
    }
}
