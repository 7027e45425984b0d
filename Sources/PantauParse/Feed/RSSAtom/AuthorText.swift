/// Splits "jo@example.org (Jo Doe)" or "Jo Doe <jo@example.org>" into the name, as feedparser does.
enum AuthorText {
    /// The name part, or nil when nothing is left after removing the e-mail address.
    static func name(from raw: String) -> String? {
        guard let email = findEmail(raw) else { return raw }
        var a = removing(email, from: raw)
        a = removing("&lt;&gt;", from: removing("<>", from: removing("()", from: a)))
        a = a.pythonTrimmed()
        if a.hasPrefix("(") { a.removeFirst() }
        if a.hasSuffix(")") { a.removeLast() }
        a = a.pythonTrimmed()
        return a.isEmpty ? nil : a
    }

    /// The first e-mail address in `s` (local@domain.tld, with feedparser's character classes).
    static func findEmail(_ s: String) -> String? {
        guard s.utf8.contains(0x40) else { return nil }  // no '@'
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

    /// `s` without any occurrence of `pattern` (as Foundation's `replacingOccurrences(of:with: "")`);
    /// ASCII text is done on the bytes, anything else by Foundation.
    static func removing(_ pattern: String, from s: String) -> String {
        guard !pattern.isEmpty, s.utf8.allSatisfy({ $0 < 0x80 }), pattern.utf8.allSatisfy({ $0 < 0x80 }) else {
            return s.replacingOccurrences(of: pattern, with: "")
        }
        let b = Array(s.utf8), p = Array(pattern.utf8)
        guard b.count >= p.count else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        var changed = false
        while i < b.count {
            if b[i] == p[0], i + p.count <= b.count, b[i..<(i + p.count)].elementsEqual(p) {
                i += p.count
                changed = true
            } else {
                out.append(b[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : s
    }
}
