import Foundation

/// Catches the `url:` values that are neither a web address nor a file path, so a typo is named
/// with its file and line when the registry is read instead of failing later as "file not found".
enum SourceURLCheck {
    /// A DNS name with a dot (or localhost), or an IP address; no spaces or stray characters.
    static func plausibleHost(_ host: String) -> Bool {
        if host == "localhost" || host.hasPrefix("[") { return true }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: ".-_"))
        guard host.unicodeScalars.allSatisfy(allowed.contains), host.contains("."),
              !host.hasPrefix("."), !host.hasSuffix(".") else { return false }
        return true
    }

    /// Why `value` (with no scheme) cannot be a file path, or nil when it can.
    static func notAPath(_ value: String) -> String? {
        let lower = value.lowercased()
        // "htps//tiktok.com/@x", "https:/x", "www.youtube.com/…": a web address with a broken scheme.
        for typo in ["htp", "htps", "http", "https", "hhtp", "hhtps", "ttps", "ttp"] where lower.hasPrefix(typo + ":") || lower.hasPrefix(typo + "//") {
            let rest = value.drop { $0 != "/" }.drop { $0 == "/" }
            return "\"\(value)\" looks like a web address with a mistyped scheme: write https://\(rest)"
        }
        if let first = value.split(separator: "/").first, first.contains("."), !first.hasPrefix("."),
           first.range(of: #"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"#, options: .regularExpression) != nil,
           !first.lowercased().hasSuffix(".xml"), !first.lowercased().hasSuffix(".html"), !first.lowercased().hasSuffix(".json") {
            return "\"\(value)\" looks like a web address without its scheme: write https://\(value)"
        }
        if value.contains(" ") && !value.contains("/") && !value.contains(".") {
            return "\"\(value)\" is neither a web address (https://…) nor a file path: write the channel's full address"
        }
        return nil
    }
}
