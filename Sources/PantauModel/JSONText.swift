/// JSON string literals for the hand-written JSON writers (reports, alert lists, match output,
/// stored evidence, conformance lines): one escaping rule for the whole project.
public enum JSONText {
    /// Appends `s` as a quoted JSON string: `"` `\` and control characters escaped, and U+2028 /
    /// U+2029 too, so the text is also safe inside JavaScript.
    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        let plain = !s.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }
        if plain {
            out += s
        } else {
            for u in s.unicodeScalars {
                switch u {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default:
                    if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                        let hex = String(u.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(u)
                    }
                }
            }
        }
        out += "\""
    }

    /// `s` as a quoted JSON string.
    public static func quote(_ s: String) -> String {
        var out = ""
        quote(s, into: &out)
        return out
    }
}
