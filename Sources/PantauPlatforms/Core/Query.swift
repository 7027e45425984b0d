/// Building request URLs and form bodies: every value percent-encoded (RFC 3986 unreserved kept).
public enum Query {
    public static func encode(_ value: String) -> String {
        var out = ""
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let hex = Array("0123456789ABCDEF".utf8)
                out += "%" + String(decoding: [hex[Int(b >> 4)], hex[Int(b & 15)]], as: UTF8.self)
            }
        }
        return out
    }

    /// "a=1&b=2" with names and values encoded.
    public static func string(_ pairs: [(String, String)]) -> String {
        pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    /// `base` + "/" + `path` + "?" + pairs.
    public static func url(_ base: String, _ path: String, _ pairs: [(String, String)]) -> String {
        let b = base.hasSuffix("/") ? String(base.dropLast()) : base
        return b + "/" + path + (pairs.isEmpty ? "" : "?" + string(pairs))
    }

    /// Whether a cursor handed back by a platform is safe to put inside a Graph field expansion
    /// such as `media.after(<cursor>)`: base64-like text only, at most 2,000 characters.
    public static func isPlainCursor(_ c: String) -> Bool {
        !c.isEmpty && c.utf8.count <= 2_000 && c.utf8.allSatisfy { b in
            (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 95 || b == 61
                || b == 43 || b == 47 || b == 46 || b == 126
        }
    }
}
