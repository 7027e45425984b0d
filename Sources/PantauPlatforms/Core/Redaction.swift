import Foundation
import PantauModel

/// Removing credentials from text that may be shown.
public enum Redaction {
    /// Query parameters that carry credentials on the platforms Pantau reads.
    public static let secretParameters: Set<String> = [
        "access_token", "key", "client_secret", "refresh_token", "appsecret_proof", "code", "client_key",
    ]

    public static func url(_ url: String) -> String {
        guard let q = url.firstIndex(of: "?") else { return url }
        let head = url[..<q]
        var query = url[url.index(after: q)...]
        var fragment: Substring?
        if let h = query.firstIndex(of: "#") {
            fragment = query[query.index(after: h)...]
            query = query[..<h]
        }
        let parts = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            let name = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
            return secretParameters.contains(name.lowercased()) ? "\(name)=<redacted>" : String(pair)
        }
        return String(head) + "?" + parts.joined(separator: "&") + (fragment.map { "#" + $0 } ?? "")
    }

    /// `text` with every occurrence of the secrets' values replaced by `<redacted>` (for messages
    /// that quote an answer, in case a platform echoes a credential back).
    public static func text(_ text: String, removing secrets: [Secret]) -> String {
        var out = text
        for s in secrets where s.reveal.count >= 4 {
            out = out.replacingOccurrences(of: s.reveal, with: "<redacted>")
        }
        return out
    }
}
