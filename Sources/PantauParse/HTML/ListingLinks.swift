import Foundation

/// The article links of a listing page: the links in the page's content (never in its navigation,
/// header, footer, sidebars, share bars or pagination) that either form a repeated block, or each
/// look like an article on their own (``ArticleURL``). A repeated block is at least ``minBlock``
/// distinct links of one shape (the same element path, `article.post > h2.entry-title > a`) or of
/// one path pattern (`/berita/#/slug`, `/#/#/#/slug`, dated or not). Tag, category, author, date
/// archive, search and page links never count.
///
/// This reads structure, not a list of sites or themes, as the link-cluster step of peer extractors
/// does: whatever a theme calls its cards, a list of posts repeats one shape.
enum ListingLinks {
    /// Distinct URLs that make a repeated block.
    static let minBlock = 3

    /// Absolute same-site article links in document order, without fragments, each once, none in `exclude`.
    static func find(_ root: XNode, resolver: URLResolver, exclude: Set<String>) -> [String] {
        var urls: [String] = []
        var shapes: [Set<String>] = []
        var index: [String: Int] = [:]
        for e in exclude { index[e] = -1 }
        HTMLWalk.elements(root) { node, _ in
            if isChrome(node) { return false }
            switch node.lowerName {
            case "script", "style", "noscript", "template": return false
            case "a":
                guard let href = node.attributeCI("href"), let abs = candidate(href, resolver: resolver) else { break }
                // Links are alike when both their element path and their path depth agree.
                let key = shape(node) + "#" + String(URL(string: abs)?.path.split(separator: "/").count ?? 0)
                if let i = index[abs] {
                    if i >= 0 { shapes[i].insert(key) }
                } else {
                    index[abs] = urls.count
                    urls.append(abs)
                    shapes.append([key])
                }
            default: break
            }
            return true
        }
        var patternCounts: [String: Int] = [:]
        var shapeCounts: [String: Int] = [:]
        let patterns = urls.map(pattern)
        for p in patterns { patternCounts[p, default: 0] += 1 }
        for set in shapes { for s in set { shapeCounts[s, default: 0] += 1 } }
        return urls.indices.compactMap { i in
            let repeated = (patternCounts[patterns[i]] ?? 0) >= minBlock || shapes[i].contains { (shapeCounts[$0] ?? 0) >= minBlock }
            return repeated || ArticleURL.isArticleLike(urls[i]) ? urls[i] : nil
        }
    }

    /// The element path of a link: its tag and first plain class, and those of three ancestors
    /// ("a|h2.entry-title|header.entry-header|article.post"); classes with digits (`post-4812`) are skipped.
    static func shape(_ a: XNode) -> String {
        var parts: [String] = []
        var node: XNode? = a
        while let n = node, parts.count < 4 {
            let cls = (n.attributeCI("class") ?? "").split(separator: " ").first { !$0.contains(where: \.isNumber) }
            parts.append(n.lowerName + (cls.map { "." + $0.lowercased() } ?? ""))
            node = n.parent
        }
        return parts.joined(separator: "|")
    }

    /// The absolute form of a content link that may be an article: same site, http(s), not a file,
    /// not a tag / category / author / search / pagination link.
    static func candidate(_ href: String, resolver: URLResolver) -> String? {
        let t = href.pythonTrimmed()
        guard !t.isEmpty, !t.hasPrefix("#") else { return nil }
        let abs = HTMLPage.withoutFragment(resolver.resolve(t))
        guard resolver.sameSite(abs), let u = URL(string: abs) else { return nil }
        let segments = u.path.split(separator: "/").map { $0.lowercased() }
        if segments.contains(where: ArticleURL.navigationSegments.contains) { return nil }
        if isDateArchive(segments) { return nil }
        if let last = segments.last, ArticleURL.fileExtensions.contains((last as NSString).pathExtension.lowercased()) { return nil }
        if let q = u.query?.lowercased(), q.split(separator: "&").contains(where: { isPagingParameter($0) }) { return nil }
        guard !segments.isEmpty || u.query != nil else { return nil }  // the home page
        return abs
    }

    /// `/2026/`, `/2026/11/`, `/2026/11/16/`: WordPress's date archives.
    private static func isDateArchive(_ segments: [String]) -> Bool {
        guard let first = segments.first, segments.count <= 3, first.count == 4, first.hasPrefix("19") || first.hasPrefix("20") else { return false }
        return segments.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }
    }

    private static func isPagingParameter(_ pair: Substring) -> Bool {
        let key = pair.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
        return ["page", "paged", "halaman", "hal", "start", "offset", "s", "q", "search", "cat", "tag", "replytocom", "share"].contains(key)
    }

    /// The shape of a URL's path: numbers become `#`, slugs become `slug`, other words stay, and
    /// the query keeps its keys only: `/2026/11/16/pos-zona-selatan/` → `#/#/#/slug`,
    /// `/berita/read/12345` → `berita/read/#`, `/index.php?p=77` → `index.php?p`.
    static func pattern(_ absolute: String) -> String {
        guard let u = URL(string: absolute) else { return absolute }
        var parts = u.path.split(separator: "/").map { segmentShape(String($0)) }
        if let q = u.query {
            parts.append("?" + q.split(separator: "&").map { String($0.split(separator: "=").first ?? "") }.sorted().joined(separator: "&"))
        }
        return parts.joined(separator: "/")
    }

    private static func segmentShape(_ raw: String) -> String {
        let s = raw.lowercased()
        let ext = (s as NSString).pathExtension
        let stem = ext.isEmpty ? s : String(s.dropLast(ext.count + 1))
        let suffix = ext.isEmpty ? "" : "." + ext
        if !stem.isEmpty, stem.allSatisfy(\.isNumber) { return "#" + suffix }
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "+" || $0 == "." })
        if words.count >= 2 || stem.count >= 24 { return "slug" + suffix }
        // "d-7123456"-style ids: letters and digits mixed.
        if stem.contains(where: \.isNumber) { return "id" + suffix }
        return stem + suffix
    }

    /// Page chrome whose links are never articles to follow: navigation, header, footer, sidebars,
    /// widgets, share bars, breadcrumbs, pagination.
    static func isChrome(_ n: XNode) -> Bool {
        switch n.lowerName {
        case "nav", "aside", "menu", "form", "button", "select": return true
        case "header", "footer": return !insidePost(n)  // a post's own header holds its title link
        default: break
        }
        if let role = n.attributeCI("role")?.lowercased(),
           ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search"].contains(role) { return true }
        let names = ((n.attributeCI("class") ?? "") + " " + (n.attributeCI("id") ?? "")).lowercased()
        guard names.count > 2 else { return false }
        let classes = names.split(separator: " ")
        if classes.contains(where: { chromeClasses.contains($0) }) { return true }
        let tokens = names.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        return tokens.contains { chromeTokens.contains($0) }
    }

    /// True when an `<article>` or `<main>` holds `n`.
    private static func insidePost(_ n: XNode) -> Bool {
        var p = n.parent
        var hops = 0
        while let node = p, hops < 12 {
            if node.lowerName == "article" || node.lowerName == "main" { return true }
            p = node.parent
            hops += 1
        }
        return false
    }

    /// Whole class or id names of chrome ("widget" alone is also Elementor's name for content blocks).
    private static let chromeClasses: Set<Substring> = ["widget", "widget-area", "secondary", "masthead", "colophon", "site-header",
                                                         "site-footer", "site-info", "tagcloud", "tag-cloud", "post-tags", "tags-links",
                                                         "cat-links", "byline", "author-box", "comments-area", "comment-list"]
    private static let chromeTokens: Set<Substring> = ["nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer",
                                                        "sidebar", "social", "share", "sharing", "sosmed", "breadcrumb",
                                                        "breadcrumbs", "pagination", "pager", "paging", "copyright", "topbar",
                                                        "comment", "comments", "komentar", "respond", "populer", "popular",
                                                        "terpopuler", "trending", "related", "terkait", "iklan", "ads", "advert"]
}
