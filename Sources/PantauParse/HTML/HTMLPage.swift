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
        var meta: [String: String] = [:]
        var ld = JSONLD()
        var h1: XNode?
        var titleTag: String?
        var timeDates: [String] = []
        var articleNodes: [XNode] = []
        var bodyNode: XNode?
        var articleBody: XNode?
        var microStats: [XNode] = []
        var itemprops: [String: String] = [:]

        HTMLWalk.elements(root) { node, _ in
            let name = node.lowerName
            switch name {
            case "meta":
                let key = (node.attributeCI("property") ?? node.attributeCI("name") ?? node.attributeCI("itemprop") ?? "").lowercased()
                if !key.isEmpty, let content = node.attributeCI("content"), meta[key] == nil {
                    meta[key] = content.pythonTrimmed()
                }
                if key == "article:tag", let c = node.attributeCI("content"), !c.isEmpty { page.categories.append(c) }
            case "link":
                let rel = (node.attributeCI("rel") ?? "").lowercased().split(separator: " ")
                guard let href = node.attributeCI("href"), !href.isEmpty else { break }
                if rel.contains("canonical"), page.canonical == nil { page.canonical = resolver.resolve(href) }
                if rel.contains("alternate") {
                    let type = (node.attributeCI("type") ?? "").lowercased()
                    if type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type == "application/json" {
                        let abs = resolver.resolve(href)
                        if !page.feeds.contains(abs) { page.feeds.append(abs) }
                    }
                }
            case "script":
                if (node.attributeCI("type") ?? "").lowercased().contains("ld+json") { ld.add(json: node.text) }
                return false
            case "style", "noscript", "template":
                return false
            case "title":
                if titleTag == nil { titleTag = HTMLText.collapse(node.text) }
            case "h1":
                if h1 == nil { h1 = node }
            case "time":
                if let dt = node.attributeCI("datetime") { timeDates.append(dt) } else { timeDates.append(node.text) }
            case "article":
                articleNodes.append(node)
            case "body":
                bodyNode = node
            default:
                break
            }
            if let prop = node.attributeCI("itemprop")?.lowercased() {
                if prop == "articlebody", articleBody == nil { articleBody = node }
                if prop == "interactionstatistic" { microStats.append(node) }
                if itemprops[prop] == nil {
                    let v = node.attributeCI("content") ?? node.attributeCI("datetime") ?? (name == "meta" ? nil : HTMLText.collapse(node.text))
                    if let v, !v.isEmpty, v.count < 300 { itemprops[prop] = v }
                }
            }
            return true
        }

        let article = ld.article
        // Identity and title.
        if page.canonical == nil, let og = meta["og:url"], !og.isEmpty { page.canonical = resolver.resolve(og) }
        page.title = [meta["og:title"], article.flatMap { JSONLD.string($0["headline"]) }, h1.map { HTMLText.collapse(HTMLWalk.text($0)) },
                      meta["twitter:title"], titleTag]
            .compactMap { $0?.pythonTrimmed() }.first { !$0.isEmpty }.map(HTMLText.unescapeIfNeeded)
        // Dates.
        let publishedCandidates = [meta["article:published_time"]] + ld.dates(PageDates.publishedKeys)
            + PageDates.publishedKeys.map { itemprops[$0.lowercased()] }
            + [meta["og:published_time"], meta["date"], meta["pubdate"], meta["publishdate"], meta["dc.date"],
               meta["dc.date.issued"]] + timeDates.map(Optional.some)
        let updatedCandidates = [meta["article:modified_time"]] + ld.dates(["dateModified"]) + [itemprops["datemodified"], meta["og:updated_time"]]
        let dates = PageDates(candidates: publishedCandidates + updatedCandidates, unitZone: zone, now: fetchedAt)
        page.published = dates.first(publishedCandidates)
        page.updated = dates.first(updatedCandidates)
        if page.published == nil, let h1 { page.published = HTMLPage.dateNear(h1, fetchedAt: fetchedAt) }
        // Author.
        page.author = [meta["author"], article.flatMap { JSONLD.string($0["author"]) }, meta["article:author"], itemprops["author"]]
            .compactMap { $0 }.first { !$0.isEmpty && !$0.hasPrefix("http") }
        // Categories.
        if let section = meta["article:section"], !section.isEmpty { page.categories.insert(section, at: 0) }
        if page.categories.isEmpty, let kw = article?["keywords"] {
            if let s = kw as? String { page.categories = s.split(separator: ",").map { String($0).pythonTrimmed() }.filter { !$0.isEmpty } }
            else if let a = kw as? [Any] { page.categories = a.compactMap { $0 as? String } }
        }
        // Counters: JSON-LD, then microdata.
        for obj in ld.objects where JSONLD.types(obj).contains(where: { JSONLD.articleTypes.contains($0) }) {
            JSONLD.engagement(obj, into: &page.engagement)
            break
        }
        if page.engagement.views == nil && page.engagement.likes == nil && page.engagement.comments == nil && page.engagement.shares == nil {
            for stat in microStats { HTMLPage.microdataStat(stat, into: &page.engagement) }
        }
        // Images.
        if let og = meta["og:image"], !og.isEmpty { page.images.append(resolver.resolve(og)) }
        // Article or listing?
        let ogType = (meta["og:type"] ?? "").lowercased()
        page.isArticle = article != nil || ogType == "article" || ogType == "video.other" || meta["article:published_time"] != nil
            || articleBody != nil || (articleNodes.count == 1 && page.published != nil)
        // Main text.
        let container = articleBody ?? HTMLPage.mainArticle(articleNodes, h1: h1) ?? HTMLPage.densest(bodyNode ?? root) ?? bodyNode ?? root
        page.text = HTMLWalk.text(container, skip: HTMLPage.isBoilerplate)
        if page.isArticle {
            HTMLWalk.elements(container) { n, _ in
                if n.lowerName == "img", let src = n.attributeCI("src") ?? n.attributeCI("data-src"), !src.isEmpty {
                    let abs = resolver.resolve(src)
                    if !page.images.contains(abs) { page.images.append(abs) }
                }
                return !HTMLPage.isBoilerplate(n)
            }
        }
        // Listing links: the repeated block of article links, without the page's chrome.
        let selfURL = HTMLPage.withoutFragment(page.canonical ?? resolver.resolve(url))
        page.links = ListingLinks.find(bodyNode ?? root, resolver: resolver,
                                       exclude: [selfURL, HTMLPage.withoutFragment(resolver.resolve(url))])
        // A page without article markup is still an article when it has a dated headline and few article links.
        if !page.isArticle, h1 != nil, page.published != nil, page.links.count <= 3, page.text.count >= 80 {
            page.isArticle = true
        }
        return page
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
