import Foundation

/// What one walk over an HTML page collects for ``HTMLPage/extract(_:url:fetchedAt:zone:)``: meta
/// tags, JSON-LD, the first `<h1>` and `<title>`, `<time>` values, article and body elements,
/// microdata, and the canonical link and feeds the page announces.
struct HTMLPageScan {
    let resolver: URLResolver
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
    var canonical: String?
    var feeds: [String] = []
    /// `article:tag` values, in page order.
    var categories: [String] = []

    init(resolver: URLResolver) { self.resolver = resolver }

    /// Records what `node` holds; false when its children are not worth walking (scripts, styles).
    mutating func visit(_ node: XNode) -> Bool {
        let name = node.lowerName
        switch name {
        case "meta":
            let key = (node.attributeCI("property") ?? node.attributeCI("name") ?? node.attributeCI("itemprop") ?? "").lowercased()
            if !key.isEmpty, let content = node.attributeCI("content"), meta[key] == nil {
                meta[key] = content.pythonTrimmed()
            }
            if key == "article:tag", let c = node.attributeCI("content"), !c.isEmpty { categories.append(c) }
        case "link":
            let rel = (node.attributeCI("rel") ?? "").lowercased().split(separator: " ")
            guard let href = node.attributeCI("href"), !href.isEmpty else { break }
            if rel.contains("canonical"), canonical == nil { canonical = resolver.resolve(href) }
            if rel.contains("alternate") {
                let type = (node.attributeCI("type") ?? "").lowercased()
                if type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type == "application/json" {
                    let abs = resolver.resolve(href)
                    if !feeds.contains(abs) { feeds.append(abs) }
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
}
