import Foundation

/// Decides whether a link on a listing page looks like an article (rather than navigation).
enum ArticleURL {
    static let navigationSegments: Set<String> = [
        "tag", "tags", "category", "categories", "kategori", "page", "halaman", "author", "penulis", "search", "cari",
        "login", "register", "daftar", "wp-login.php", "wp-admin", "feed", "rss", "about", "tentang", "kontak",
        "contact", "privacy", "privacy-policy", "kebijakan-privasi", "redaksi", "pedoman-media-siber", "index",
        "indeks", "topic", "topik", "label", "archive", "arsip", "sitemap", "disclaimer",
    ]
    static let fileExtensions: Set<String> = [
        "jpg", "jpeg", "png", "gif", "webp", "svg", "pdf", "css", "js", "xml", "rss", "zip", "mp4", "mp3", "ico", "json",
    ]

    static func isArticleLike(_ absolute: String) -> Bool {
        guard let u = URL(string: absolute) else { return false }
        let segments = u.path.split(separator: "/").map { $0.lowercased() }
        guard let last = segments.last else { return false }
        if segments.contains(where: { navigationSegments.contains($0) }) { return false }
        let ext = (last as NSString).pathExtension.lowercased()
        if fileExtensions.contains(ext) { return false }
        let stem = ext.isEmpty ? last : String(last.dropLast(ext.count + 1))
        // A slug of several words, a long numeric id, or a dated path.
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" })
        if words.count >= 3 { return true }
        if stem.count >= 4, stem.allSatisfy(\.isNumber), segments.count >= 2 { return true }
        if segments.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }) && segments.count >= 3 { return true }
        if let q = u.query?.lowercased(), q.hasPrefix("p=") || q.contains("id=") { return true }
        return false
    }
}
