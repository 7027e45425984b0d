/// Removes HTML tags and decodes character entities left in post text.
enum HTMLCleaner {
    /// Returns `bytes` (UTF-8) with tags replaced by a space and entities decoded.
    static func clean(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), i + 1 < n, isTagStart(bytes[i + 1]),
               let close = bytes[(i + 1)..<min(n, i + 4_000)].firstIndex(of: UInt8(ascii: ">")) {
                out.append(0x20)
                i = close + 1
                continue
            }
            if b == UInt8(ascii: "&"), let (scalar, next) = entity(bytes, at: i) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                i = next
                continue
            }
            out.append(b)
            i += 1
        }
        return out
    }

    private static func isTagStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "/") || b == UInt8(ascii: "!")
            || b == UInt8(ascii: "?")
    }

    private static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0x20, "ndash": 0x2013,
        "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019, "ldquo": 0x201C, "rdquo": 0x201D, "hellip": 0x2026,
        "eacute": 0xE9, "egrave": 0xE8, "aacute": 0xE1, "uuml": 0xFC, "ouml": 0xF6, "auml": 0xE4, "bull": 0x2022,
        "middot": 0xB7, "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "laquo": 0xAB, "raquo": 0xBB, "shy": 0x200B,
        "zwj": 0x200D, "zwnj": 0x200C,
    ]

    /// Decodes the entity starting at `i` ("&amp;", "&#39;", "&#x2019;", "&nbsp" without ';').
    private static func entity(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        let n = bytes.count
        var name: [UInt8] = []
        while j < n, j - i <= 10, Normalizer.isASCIIAlnum(bytes[j]) || bytes[j] == UInt8(ascii: "#") {
            name.append(bytes[j])
            j += 1
        }
        guard !name.isEmpty else { return nil }
        let hasSemicolon = j < n && bytes[j] == UInt8(ascii: ";")
        let end = hasSemicolon ? j + 1 : j
        let text = String(decoding: name, as: UTF8.self)
        var value: UInt32?
        if text.hasPrefix("#x") || text.hasPrefix("#X") {
            value = UInt32(text.dropFirst(2), radix: 16)
        } else if text.hasPrefix("#") {
            value = UInt32(text.dropFirst())
        } else if hasSemicolon || text == "nbsp" || text == "amp" {
            value = named[text.lowercased()]
        }
        guard let v = value, v != 0, let scalar = Unicode.Scalar(v) else { return nil }
        return (scalar, end)
    }
}
