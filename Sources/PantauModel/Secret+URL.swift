import Foundation

/// Safe ways to talk about a credential without showing it.
extension Secret {
    /// For a URL that carries a credential (a webhook path, `smtp://user:password@host`): its scheme,
    /// host and port only, e.g. "https://hooks.example.org/…". Anything else: "<redacted>".
    public var redactedURL: String {
        let text = reveal
        guard let schemeEnd = text.range(of: "://") else { return "<redacted>" }
        let scheme = text[..<schemeEnd.lowerBound]
        var rest = text[schemeEnd.upperBound...]
        if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<slash] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        guard !scheme.isEmpty, !rest.isEmpty else { return "<redacted>" }
        return "\(scheme)://\(rest)/…"
    }

    /// A short, stable tag of the value (FNV-1a, 8 hex digits): tells two credentials apart in a key
    /// without revealing either.
    public var tag: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in reveal.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h >> 32, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `text` with every occurrence of the credential (and of its percent-encoded user info, for URLs)
    /// replaced by "<redacted>", for error messages that may quote what was sent.
    public func scrub(_ text: String) -> String {
        guard !reveal.isEmpty else { return text }
        var out = text.replacingOccurrences(of: reveal, with: redactedURL == "<redacted>" ? "<redacted>" : redactedURL)
        // The password alone (smtp://user:password@host), if the message quotes only that part.
        if let schemeEnd = reveal.range(of: "://"), let at = reveal[schemeEnd.upperBound...].lastIndex(of: "@") {
            let userInfo = reveal[schemeEnd.upperBound..<at]
            if let colon = userInfo.firstIndex(of: ":") {
                let password = String(userInfo[userInfo.index(after: colon)...])
                if password.count >= 4 { out = out.replacingOccurrences(of: password, with: "<redacted>") }
            }
        }
        return out
    }
}
