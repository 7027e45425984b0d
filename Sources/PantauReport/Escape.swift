import Foundation

/// Makes untrusted feed text safe to place in HTML, Markdown and CSV output.
enum Escape {
    /// Escapes `& < > " '` and drops control characters (newlines become spaces).
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\r", "\t": out += " "
            default:
                if ch.value < 0x20 || ch.value == 0x7F || (0x80..<0xA0).contains(ch.value) { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The URL when it is an http(s) URL without spaces or control characters, else nil: feed links
    /// such as `javascript:` never become clickable.
    static func safeURL(_ url: String?) -> String? {
        guard let u = url?.trimmingCharacters(in: .whitespaces), !u.isEmpty else { return nil }
        let lower = u.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !u.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) else { return nil }
        return u
    }

    /// Markdown text: Markdown and HTML punctuation backslash-escaped, line breaks flattened.
    static func markdown(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "!", "|", "~", "<", ">", "&":
                out += "\\"
                out.unicodeScalars.append(ch)
            case "\n", "\r", "\t": out += " "
            default:
                if ch.value < 0x20 || ch.value == 0x7F { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// A URL for a Markdown link target: characters that would end or break the link are encoded.
    static func markdownURL(_ u: String) -> String {
        var out = ""
        for ch in u.unicodeScalars {
            switch ch {
            case "(": out += "%28"
            case ")": out += "%29"
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Shortens long feed titles to `max` characters with an ellipsis.
    static func clip(_ s: String, _ max: Int = 160) -> String {
        s.count <= max ? s : String(s.prefix(max - 1)) + "…"
    }
}
