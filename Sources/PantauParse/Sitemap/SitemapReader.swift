/// Reads sitemaps (`urlset`, including Google News sitemaps) and sitemap indexes.
enum SitemapReader {
    /// True for a `urlset` or `sitemapindex` root.
    static func isSitemap(_ root: XNode) -> Bool {
        let n = root.name.lowercased()
        return n == "urlset" || n == "sitemapindex"
    }

    /// The `<loc>` of every `<url>` (or child `<sitemap>`), resolved, in document order, without duplicates.
    static func links(_ root: XNode, resolver: URLResolver) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        for entry in root.elements {
            let n = entry.name.lowercased()
            guard n == "url" || n == "sitemap", let loc = entry.first("loc") else { continue }
            let abs = resolver.resolve(HTMLText.collapse(loc.text))
            guard !abs.isEmpty, abs.hasPrefix("http://") || abs.hasPrefix("https://") || abs.hasPrefix("file:"),
                  seen.insert(abs).inserted else { continue }
            out.append(abs)
        }
        return out
    }
}
