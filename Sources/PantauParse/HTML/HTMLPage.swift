import Foundation

/// What Pantau reads from an HTML page: an article's fields, or a listing's article links, and
/// the feeds the page announces.
struct HTMLPage {
    var canonical: String?
    var title: String?
    var published: Date?
    var updated: Date?
    var author: String?
    var text = ""
    var images: [String] = []
    var categories: [String] = []
    var engagement = EngagementCounts()
    var feeds: [String] = []
    var links: [String] = []
    var isArticle = false

    /// Reads a parsed page. `root` is nil when libxml2 produced no tree (empty input).
    static func extract(_ root: XNode?, url: String, fetchedAt: Date, zone: TimeZone = PageDates.jakarta) -> HTMLPage {
        var page = HTMLPage()
        guard let root else { return page }
        let resolver = URLResolver(url)
        var scan = HTMLPageScan(resolver: resolver)
        HTMLWalk.elements(root) { node, _ in scan.visit(node) }
        page.canonical = scan.canonical
        page.feeds = scan.feeds
        page.categories = scan.categories
        page.readFields(scan, resolver: resolver, fetchedAt: fetchedAt, zone: zone)
        page.readBody(scan, root: root, resolver: resolver, url: url)
        return page
    }

    /// Title, dates, author, categories, counters and the announced image, from the page's metadata.
    private mutating func readFields(_ scan: HTMLPageScan, resolver: URLResolver, fetchedAt: Date, zone: TimeZone) {
        let meta = scan.meta, ld = scan.ld, itemprops = scan.itemprops, h1 = scan.h1, titleTag = scan.titleTag
        let timeDates = scan.timeDates, microStats = scan.microStats
        let article = ld.article
        // Identity and title.
        if canonical == nil, let og = meta["og:url"], !og.isEmpty { canonical = resolver.resolve(og) }
        title = [meta["og:title"], article.flatMap { JSONLD.string($0["headline"]) }, h1.map { HTMLText.collapse(HTMLWalk.text($0)) },
                      meta["twitter:title"], titleTag]
            .compactMap { $0?.pythonTrimmed() }.first { !$0.isEmpty }.map(HTMLText.unescapeIfNeeded)
        // Dates.
        let publishedCandidates = [meta["article:published_time"]] + ld.dates(PageDates.publishedKeys)
            + PageDates.publishedKeys.map { itemprops[$0.lowercased()] }
            + [meta["og:published_time"], meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"],
               meta["dc.date.issued"]] + timeDates.map(Optional.some)
        let updatedCandidates = [meta["article:modified_time"]] + ld.dates(["dateModified"]) + [itemprops["datemodified"], meta["og:updated_time"]]
        let dates = PageDates(candidates: publishedCandidates + updatedCandidates, unitZone: zone, now: fetchedAt)
        published = dates.first(publishedCandidates)
        updated = dates.first(updatedCandidates)
        if published == nil, let h1 { published = Self.dateNear(h1, fetchedAt: fetchedAt) }
        // Author.
        author = [meta["author"], article.flatMap { JSONLD.string($0["author"]) }, meta["article:author"], itemprops["author"]]
            .compactMap { $0 }.first { !$0.isEmpty && !$0.hasPrefix("http") }
        // Categories.
        if let section = meta["article:section"], !section.isEmpty { categories.insert(section, at: 0) }
        if categories.isEmpty, let kw = article?["keywords"] {
            if let s = kw as? String { categories = s.split(separator: ",").map { String($0).pythonTrimmed() }.filter { !$0.isEmpty } }
            else if let a = kw as? [Any] { categories = a.compactMap { $0 as? String } }
        }
        // Counters: JSON-LD, then microdata.
        for obj in ld.objects where JSONLD.types(obj).contains(where: { JSONLD.articleTypes.contains($0) }) {
            JSONLD.engagement(obj, into: &engagement)
            break
        }
        if engagement.views == nil && engagement.likes == nil && engagement.comments == nil && engagement.shares == nil {
            for stat in microStats { Self.microdataStat(stat, into: &engagement) }
        }
        // Images.
        if let og = meta["og:image"], !og.isEmpty { images.append(resolver.resolve(og)) }
    }

    /// Article or listing, the main text and its images, and the listing's article links.
    private mutating func readBody(_ scan: HTMLPageScan, root: XNode, resolver: URLResolver, url: String) {
        let meta = scan.meta, h1 = scan.h1, articleNodes = scan.articleNodes, bodyNode = scan.bodyNode
        let articleBody = scan.articleBody
        let article = scan.ld.article
        // Article or listing?
        let ogType = (meta["og:type"] ?? "").lowercased()
        isArticle = article != nil || ogType == "article" || ogType == "video.other" || meta["article:published_time"] != nil
            || articleBody != nil || (articleNodes.count == 1 && published != nil)
        // Main text.
        let container = articleBody ?? Self.mainArticle(articleNodes, h1: h1) ?? Self.densest(bodyNode ?? root) ?? bodyNode ?? root
        text = HTMLWalk.text(container, skip: Self.isBoilerplate)
        if isArticle {
            HTMLWalk.elements(container) { n, _ in
                if n.lowerName == "img", let src = n.attributeCI("src") ?? n.attributeCI("data-src"), !src.isEmpty {
                    let abs = resolver.resolve(src)
                    if !images.contains(abs) { images.append(abs) }
                }
                return !Self.isBoilerplate(n)
            }
        }
        // Listing links: the repeated block of article links, without the page's chrome.
        let selfURL = Self.withoutFragment(canonical ?? resolver.resolve(url))
        links = ListingLinks.find(bodyNode ?? root, resolver: resolver,
                                       exclude: [selfURL, Self.withoutFragment(resolver.resolve(url))])
        // A page without article markup is still an article when it has a dated headline and few article links.
        if !isArticle, h1 != nil, published != nil, links.count <= 3, text.count >= 80 {
            isArticle = true
        }
    }

    static func withoutFragment(_ s: String) -> String {
        guard let i = s.firstIndex(of: "#") else { return s }
        return String(s[..<i])
    }

    /// Navigation, comments, footers, share bars and the like.
    static func isBoilerplate(_ n: XNode) -> Bool {
        switch n.lowerName {
        case "nav", "footer", "aside", "form", "iframe", "button", "select", "header", "menu", "svg", "canvas": return true
        default: break
        }
        let marks = ((n.attributeCI("class") ?? "") + " " + (n.attributeCI("id") ?? "") + " " + (n.attributeCI("role") ?? "")).lowercased()
        guard marks.count > 2 else { return false }
        let tokens = marks.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
        let bad: Set<Substring> = ["comment", "comments", "komentar", "share", "sharing", "social", "related", "terkait", "sidebar",
                                    "menu", "breadcrumb", "breadcrumbs", "footer", "nav", "navbar", "navigation", "widget", "ads",
                                    "advert", "advertisement", "iklan", "banner", "popup", "cookie", "newsletter", "respond",
                                    "disqus", "tags", "pagination", "baca", "populer", "popular", "complementary"]
        return tokens.contains { bad.contains($0) }
    }

    /// The `<article>` that holds the headline, else the one with most text.
    static func mainArticle(_ articles: [XNode], h1: XNode?) -> XNode? {
        guard !articles.isEmpty else { return nil }
        if let h1 {
            var p = h1.parent
            while let node = p {
                if node.lowerName == "article" { return node }
                p = node.parent
            }
        }
        return articles.count == 1 ? articles[0] : nil
    }

    /// The element whose direct `<p>` children carry the most text (a generic "content" finder).
    static func densest(_ root: XNode) -> XNode? {
        var best: (XNode, Int)?
        HTMLWalk.elements(root, maxDepth: 200) { n, _ in
            if isBoilerplate(n) { return false }
            var score = 0
            for child in n.elements where child.lowerName == "p" {
                score += min(HTMLWalk.text(child, limit: 20_000).utf8.count, 20_000)
            }
            if score > (best?.1 ?? 40) { best = (n, score) }
            return true
        }
        return best?.0
    }

    /// An Indonesian (or any) date written in the elements just after the headline.
    static func dateNear(_ h1: XNode, fetchedAt: Date) -> Date? {
        // Look at the headline's following siblings and their descendants, then the parent's.
        var candidates: [String] = []
        var scope: XNode? = h1
        var hops = 0
        while let s = scope, hops < 3, candidates.count < 40 {
            var sib = s.ptr.pointee.next
            while let p = sib, candidates.count < 40 {
                let node = XNode(p)
                if node.isElement {
                    HTMLWalk.elements(node, maxDepth: 6) { n, _ in
                        let t = HTMLText.collapse(HTMLWalk.text(n, limit: 400))
                        if !t.isEmpty, t.count <= 120 { candidates.append(t) }
                        return t.count > 120 && candidates.count < 40
                    }
                } else if node.isText {
                    let t = HTMLText.collapse(node.content)
                    if !t.isEmpty, t.count <= 120 { candidates.append(t) }
                }
                sib = p.pointee.next
            }
            scope = s.parent
            hops += 1
        }
        for c in candidates {
            if let d = DateText.find(in: c, relativeTo: fetchedAt) { return d }
        }
        return nil
    }

    /// One microdata `interactionStatistic` block.
    static func microdataStat(_ node: XNode, into e: inout EngagementCounts) {
        var kind = ""
        var count: Int?
        HTMLWalk.elements(node, maxDepth: 8) { n, _ in
            switch n.attributeCI("itemprop")?.lowercased() {
            case "interactiontype":
                kind = n.attributeCI("content") ?? n.attributeCI("href") ?? n.attributeCI("itemtype") ?? HTMLText.collapse(n.text)
            case "userinteractioncount":
                count = EngagementCounts.parseCount(n.attributeCI("content") ?? HTMLText.collapse(n.text))
            default: break
            }
            return true
        }
        if let count { e.add(kind: kind, count: count) }
    }
}

extension HTMLText {
    /// Decodes references left in attribute-like values (e.g. an og:title written with `&amp;`).
    static func unescapeIfNeeded(_ s: String) -> String { s.contains("&") ? collapse(unescape(s)) : collapse(s) }
}

/// Finds a date inside a short text such as "Oleh Admin | Senin, 16 November 2026 09:00 WIB".
enum DateText {
    static func find(in text: String, relativeTo now: Date) -> Date? {
        let lower = text.lowercased()
        guard text.contains(where: \.isNumber) || lower.contains("kemarin") || lower.contains("yesterday") else { return nil }
        if let d = DateParser.parse(text, relativeTo: now) { return d }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "•" || $0 == "·" }).map(String.init)
        guard words.count > 1, words.count <= 24 else { return nil }
        // A date starts at a number, a day name or "kemarin", and spans at most 8 words.
        for start in 0..<words.count where startsDate(words[start]) {
            for end in stride(from: min(words.count, start + 8), to: start, by: -1) {
                let slice = words[start..<end].joined(separator: " ")
                if let d = DateParser.parse(slice, relativeTo: now) { return d }
            }
        }
        return nil
    }

    private static let dayWords: Set<String> = ["senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
                                                 "ahad", "kemarin", "yesterday", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    private static func startsDate(_ w: String) -> Bool {
        guard let f = w.first else { return false }
        if f.isNumber { return true }
        let l = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return dayWords.contains(l) || dayWords.contains(String(l.prefix(3)))
    }
}
