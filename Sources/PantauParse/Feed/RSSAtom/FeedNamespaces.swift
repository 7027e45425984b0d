/// Maps namespace URIs to the short prefixes the feed parser dispatches on (as feedparser does):
/// RSS, RDF-RSS and Atom elements get no prefix; known modules get theirs; unknown ones are ignored.
enum FeedNamespaces {
    static let core: Set<String> = [
        "", "http://backend.userland.com/rss", "http://backend.userland.com/rss2", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/rss/1.0/",
        "http://my.netscape.com/rdf/simple/0.9/", "http://example.com/newformat#", "http://example.com/necho",
        "http://purl.org/echo/", "uri/of/echo/namespace#", "http://purl.org/pie/", "http://purl.org/atom/ns#",
        "http://www.w3.org/2005/atom", "http://purl.org/rss/1.0/modules/rss091#",
    ]

    static let modules: [String: String] = [
        "http://purl.org/rss/1.0/modules/content/": "content",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://search.yahoo.com/mrss": "media",
        "http://search.yahoo.com/mrss/": "media",
        "http://purl.org/rss/1.0/modules/slash/": "slash",
        "http://purl.org/syndication/thread/1.0": "thr",
        "http://wellformedweb.org/commentapi/": "wfw",
        "http://www.itunes.com/dtds/podcast-1.0.dtd": "itunes",
        "http://example.com/dtds/podcast-1.0.dtd": "itunes",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
        "http://www.w3.org/1999/xhtml": "xhtml",
        "http://www.youtube.com/xml/schemas/2015": "yt",
        "http://rssnamespace.org/feedburner/ext/1.0": "feedburner",
    ]

    static let atom10 = "http://www.w3.org/2005/atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"

    /// "title", "dc:creator", "media:group"…; nil for elements of unknown prefixed namespaces.
    static func key(_ node: XNode) -> String? {
        key(name: node.name, namespace: node.namespace, hasPrefix: !node.prefix.isEmpty)
    }

    /// The key of an element named `name` (as libxml2's tree names it) in namespace `namespace` ("" for none).
    static func key(name: String, namespace: String, hasPrefix: Bool) -> String? {
        let local = name.lowercased()
        let ns = namespace.lowercased()
        if core.contains(ns) { return local }
        if let p = modules[ns] { return p + ":" + local }
        return hasPrefix ? nil : local
    }
}
