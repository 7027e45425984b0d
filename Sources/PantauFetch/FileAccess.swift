import Foundation

/// Which `file:` URLs may be read: only those under the allowed folders (symbolic links and `..`
/// resolved first, so neither leads out).
enum FileAccess {
    /// The error for `url` when it is a file URL outside every root; nil when it may be read.
    static func refusal(_ url: String, roots: [String]) -> FetchError? {
        guard Transfer.hasFilePrefix(url) else { return nil }
        guard let u = URL(string: url), u.isFileURL else { return .invalidURL(url) }
        let path = u.standardizedFileURL.resolvingSymlinksInPath().path
        for root in roots {
            let r = root.hasSuffix("/") ? String(root.dropLast()) : root
            if path == r || path.hasPrefix(r + "/") { return nil }
        }
        return .fileOutsideRoots(path: path, roots: roots)
    }
}
