extension HTMLText {
    /// Plain text of a text that may hold HTML (an imported or stored post, a line given to
    /// `pantau match`), read as a feed's HTML is read: with a tag in it, ``strip(_:)`` (tags dropped,
    /// references decoded, whitespace collapsed); with character references only, ``unescape(_:)``
    /// (line breaks kept); otherwise the text as it is. What the matcher reads.
    public static func plainText(_ text: String) -> String {
        var input = text
        let (tag, reference) = input.withUTF8 { b in
            var reference = false
            for i in b.indices {
                if b[i] == 0x26 { reference = true }
                if b[i] == 0x3C, i + 1 < b.count, startsTag(b[i + 1]) { return (true, reference) }
            }
            return (false, reference)
        }
        return tag ? strip(text) : reference ? unescape(text) : text
    }

    /// A byte after '<' that opens markup: a letter (element), '/' (end tag), '!' (comment,
    /// CDATA, doctype) or '?' (processing instruction).
    @inline(__always) static func startsTag(_ c: UInt8) -> Bool {
        isLetter(c) || c == 0x2F || c == 0x21 || c == 0x3F
    }
}
