import Foundation

/// Resolves relative references against a document's URL (http, https and file URLs; a bare
/// path is taken as a file path).
struct URLResolver: Sendable {
    let base: URL?

    init(_ documentURL: String) {
        if let u = URL(string: documentURL), u.scheme != nil {
            base = u
        } else if documentURL.hasPrefix("/") {
            base = URL(fileURLWithPath: documentURL)
        } else {
            base = nil
        }
    }

    /// The absolute form of `ref`, or `ref` itself (trimmed) when it cannot be resolved.
    func resolve(_ ref: String) -> String {
        let r = ref.pythonTrimmed()
        guard !r.isEmpty else { return r }
        if r.hasPrefix("https://") || r.hasPrefix("http://") { return r }
        if let u = URL(string: r), u.scheme != nil { return r }
        guard let base else { return r }
        if let u = URL(string: r, relativeTo: base) { return u.absoluteString }
        let escaped = r.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(.urlPathAllowed)) ?? r
        return URL(string: escaped, relativeTo: base)?.absoluteString ?? r
    }

    /// Host of the document URL, lower-cased ("" for file URLs).
    var host: String { base?.host?.lowercased() ?? "" }

    /// True when `absolute` is on the same site as the document (same host, ignoring "www.").
    func sameSite(_ absolute: String) -> Bool {
        guard let u = URL(string: absolute), let base else { return false }
        if base.isFileURL { return u.isFileURL }
        guard let h = u.host?.lowercased(), u.scheme == "http" || u.scheme == "https" else { return false }
        return Self.strip(h) == Self.strip(host)
    }

    private static func strip(_ h: String) -> String { h.hasPrefix("www.") ? String(h.dropFirst(4)) : h }
}
