import Foundation

/// Reads RSS 0.9x/2.0, RDF (RSS 0.90/1.0) and Atom 0.3/1.0 from a libxml2 tree, following
/// feedparser's element mapping so that results agree with it.
struct XMLFeedReader {
    /// The document was UTF-8 on the wire (enables feedparser's double-encoding repair).
    var wireUTF8: Bool
    var format = ""

    /// The feed format of a root element, or nil when the root is not a feed.
    static func format(of root: XNode) -> String? {
        let name = root.name.lowercased()
        let ns = root.namespace.lowercased()
        switch name {
        case "rss":
            let v = root.attribute("version") ?? ""
            switch v {
            case "0.91": return netscapeDoctype(root) ? "rss091n" : "rss091u"
            case "0.92": return "rss092"
            case "0.93": return "rss093"
            case "0.94": return "rss094"
            default: return v.hasPrefix("2.") ? "rss20" : "rss"
            }
        case "rdf":
            // feedparser takes the first of these namespaces declared on the root.
            var ns = root.ptr.pointee.nsDef
            while let n = ns {
                let uri = n.pointee.href.map { String(cString: $0).lowercased() } ?? ""
                if uri == FeedNamespaces.rss090 && n.pointee.prefix == nil { return "rss090" }
                if uri == FeedNamespaces.rss10 { return "rss10" }
                if uri == FeedNamespaces.atom10 { return "atom10" }
                ns = n.pointee.next
            }
            if let ch = root.elements.first(where: { $0.name.lowercased() == "channel" }),
               ch.namespace.lowercased() == FeedNamespaces.rss090 { return "rss090" }
            return "rss10"
        case "feed":
            if ns == FeedNamespaces.atom10 { return "atom10" }
            if ns == FeedNamespaces.atom03 { return "atom03" }
            switch root.attribute("version") {
            case "0.3": return "atom03"
            case "0.2": return "atom02"
            case "0.1": return "atom01"
            default: return "atom"
            }
        case "channel":
            return "rss"
        default:
            return nil
        }
    }

    private static func netscapeDoctype(_ root: XNode) -> Bool {
        guard let doc = root.ptr.pointee.doc, let dtd = doc.pointee.intSubset else { return false }
        let ext = dtd.pointee.ExternalID.map { String(cString: $0) } ?? ""
        let sys = dtd.pointee.SystemID.map { String(cString: $0) } ?? ""
        return (ext + sys).lowercased().contains("netscape")
    }

    var isAtom: Bool { format.hasPrefix("atom") }

    /// Reads the whole feed below `root`.
    mutating func read(_ root: XNode) -> FeedDocument {
        format = XMLFeedReader.format(of: root) ?? "rss"
        var doc = FeedDocument(format: format)
        if let lang = root.xmlLang, !lang.isEmpty { doc.language = lang.replacingOccurrences(of: "_", with: "-") }
        var itemNodes: [XNode] = []
        let rootName = root.name.lowercased()
        if rootName == "feed" {
            readFeedFields(root, into: &doc)
            collectItems(root, into: &itemNodes, depth: 0)
        } else {
            var channelSeen = false
            for child in root.elements {
                guard let key = FeedNamespaces.key(child) else { continue }
                if key == "channel" && !channelSeen {
                    channelSeen = true
                    if let lang = child.xmlLang, doc.language == nil, !lang.isEmpty { doc.language = lang }
                    readFeedFields(child, into: &doc)
                    collectItems(child, into: &itemNodes, depth: 0)
                } else if key == "item" {
                    itemNodes.append(child)
                }
            }
            if rootName == "channel" {
                readFeedFields(root, into: &doc)
                collectItems(root, into: &itemNodes, depth: 0)
            }
        }
        doc.entries.reserveCapacity(itemNodes.count)
        for item in itemNodes { doc.entries.append(readEntry(item)) }
        return doc
    }

    /// Items/entries below a channel or feed, in document order, not descending into entries.
    private func collectItems(_ node: XNode, into out: inout [XNode], depth: Int) {
        guard depth < 8 else { return }
        for child in node.elements {
            guard let key = FeedNamespaces.key(child) else { continue }
            if key == "item" || key == "entry" {
                out.append(child)
            } else if key == "items" || key == "channel" {
                collectItems(child, into: &out, depth: depth + 1)
            }
        }
    }

    // MARK: - Feed-level fields

    private func readFeedFields(_ node: XNode, into doc: inout FeedDocument) {
        var feedID: String?
        defer { if doc.link == nil, let feedID { doc.link = feedID } }
        for child in node.elements {
            guard let key = FeedNamespaces.key(child) else { continue }
            switch key {
            case "title", "dc:title":
                if let t = text(child, defaultHTML: false), !t.value.isEmpty { doc.title = t }
            case "link":
                if let l = linkValue(child) { doc.link = l }
            case "id", "guid":
                if feedID == nil { feedID = clean(child.text).nilIfEmpty }
            case "language", "dc:language":
                let v = clean(child.text)
                if !v.isEmpty { doc.language = v }
            case "lastbuilddate", "updated", "modified", "dc:date", "dcterms:modified":
                if let d = DateParser.parseFeedDate(child.text) { doc.updated = d }
            case "ttl":
                if let v = Int(child.text.pythonTrimmed()), v >= 0 { doc.ttlMinutes = v }
            default:
                break
            }
        }
    }

    // MARK: - Entries

    /// Which element filled a field, so a deeper one (inside media:group) never overrides a direct child.
    private struct Depths { var title = Int.max; var summary = Int.max; var hasContent = false }

    private func readEntry(_ item: XNode) -> FeedEntry {
        var e = FeedEntry()
        if let about = item.attribute("about"), !about.isEmpty { e.id = about }
        var guidLink: String?
        var hasLink = false
        var depths = Depths()
        var mediaTitle: FeedText?
        var authorSet = false
        readEntryChildren(item, depth: 0, into: &e, guidLink: &guidLink, hasLink: &hasLink, depths: &depths,
                          mediaTitle: &mediaTitle, authorSet: &authorSet)
        if !hasLink, let g = guidLink { e.link = g }
        if e.title == nil, let mt = mediaTitle { e.title = mt }
        return e
    }

    private func readEntryChildren(_ node: XNode, depth: Int, into e: inout FeedEntry, guidLink: inout String?,
                                   hasLink: inout Bool, depths: inout Depths, mediaTitle: inout FeedText?,
                                   authorSet: inout Bool) {
        for child in node.elements {
            guard let key = FeedNamespaces.key(child) else { continue }
            switch key {
            case "title", "dc:title":
                if let t = text(child, defaultHTML: false), !t.value.isEmpty, depth <= depths.title {
                    e.title = t
                    depths.title = depth
                }
            case "media:title":
                if mediaTitle == nil, let t = text(child, defaultHTML: false), !t.value.isEmpty { mediaTitle = t }
            case "link":
                if isAtom || child.attribute("href") != nil {
                    let rel = child.attribute("rel") ?? "alternate"
                    let hrefAttr = child.attribute("href")
                    guard let href = hrefAttr ?? clean(child.text).nilIfEmpty else { continue }
                    let type = child.attribute("type") ?? (rel == "self" ? "application/atom+xml" : "text/html")
                    if rel == "enclosure", !href.isEmpty {
                        e.enclosures.append(FeedEnclosure(url: href, type: child.attribute("type"),
                                                          length: child.attribute("length").flatMap(parseLength)))
                    }
                    if hrefAttr == nil || rel == "alternate" && (type == "text/html" || type == "application/xhtml+xml" || type == "html") {
                        e.link = href
                        hasLink = true
                    }
                } else {
                    let v = clean(child.text)
                    e.link = v.isEmpty ? nil : fixLinkQuery(v)
                    hasLink = true
                }
            case "image":
                // feedparser lets an <id> inside an entry's <image> act as the permalink.
                if guidLink == nil, let id = child.elements.first(where: { $0.name.lowercased() == "id" }) {
                    let v = clean(id.text)
                    if !v.isEmpty { guidLink = v }
                }
            case "guid", "id":
                let v = clean(child.text)
                guard !v.isEmpty else { continue }
                e.id = v
                if guidLink == nil, (child.attribute("isPermaLink") ?? child.attribute("ispermalink") ?? "true") == "true" {
                    guidLink = v
                }
            case "pubdate", "published", "issued", "dcterms:issued":
                if let d = DateParser.parseFeedDate(child.text) { e.published = d }
            case "updated", "modified", "dc:date", "dcterms:modified":
                if let d = DateParser.parseFeedDate(child.text) { e.updated = d }
            case "author", "dc:creator", "dc:author", "itunes:author":
                // feedparser: an Atom <name> always replaces the author; a text author only fills an empty one.
                if let name = structuredAuthorName(child) {
                    e.author = name
                    authorSet = true
                } else if !authorSet, let a = authorName(child) {
                    e.author = a
                    authorSet = true
                }
            case "description", "summary", "dc:description", "media:description", "itunes:summary":
                // feedparser: a second summary before any content becomes content; after content it replaces the summary.
                guard let t = text(child, defaultHTML: key == "description" || key == "media:description") else { continue }
                if e.summary != nil, !depths.hasContent {
                    if e.content == nil { e.content = t }
                    depths.hasContent = true
                } else if depth <= depths.summary {
                    e.summary = t
                    depths.summary = depth
                }
            case "content:encoded", "content", "xhtml:body", "fullitem":
                depths.hasContent = true
                if e.content == nil, let t = text(child, defaultHTML: key != "content") { e.content = t }
            case "category":
                let term = child.attribute("term") ?? clean(child.text)
                let t = term.pythonTrimmed()
                if !t.isEmpty { e.categories.append(t) }
            case "dc:subject":
                let t = clean(child.text)
                if !t.isEmpty { e.categories.append(t) }
            case "media:keywords", "tags":
                for part in child.text.split(separator: ",") {
                    let t = String(part).pythonTrimmed()
                    if !t.isEmpty { e.categories.append(t) }
                }
            case "media:category":
                let scheme = child.attribute("scheme") ?? "http://search.yahoo.com/mrss/category_schema"
                if scheme != "http://search.yahoo.com/mrss/category_schema" {
                    let t = clean(child.text)
                    if !t.isEmpty { e.categories.append(t) }
                }
            case "enclosure":
                if let url = child.attribute("url") ?? child.attribute("href"), !url.isEmpty {
                    e.enclosures.append(FeedEnclosure(url: url, type: child.attribute("type"),
                                                      length: child.attribute("length").flatMap(parseLength)))
                }
            case "slash:comments":
                if let v = parseCount(child.text) { e.comments = v }
            case "thr:total":
                if e.comments == nil, let v = parseCount(child.text) { e.comments = v }
            case "media:group", "media:community":
                guard depth < 4 else { continue }
                readEntryChildren(child, depth: depth + 1, into: &e, guidLink: &guidLink, hasLink: &hasLink,
                                  depths: &depths, mediaTitle: &mediaTitle, authorSet: &authorSet)
            case "media:statistics":
                if let v = child.attribute("views").flatMap(parseCount) { e.views = v }
                if let v = child.attribute("favorites").flatMap(parseCount), e.likes == nil { e.likes = v }
            case "media:starrating":
                if let v = child.attribute("count").flatMap(parseCount) { e.likes = v }
            default:
                break
            }
        }
    }

    // MARK: - Values

    /// A text construct with feedparser's type rules.
    func text(_ node: XNode, defaultHTML: Bool) -> FeedText? {
        var type = node.attribute("type")?.lowercased()
        let mode = node.attribute("mode")?.lowercased()
        let hasElements = node.elements.contains { _ in true }
        var value: String
        if hasElements, type == "html" || type == "text/html", onlyDivElements(node) {
            // feedparser ignores <div> wrappers inside escaped-HTML content and keeps their text as markup.
            value = node.text
        } else if hasElements {
            value = XMLMarkup.inner(unwrapDiv(node) ?? node)
            if type == nil || type == "text" || type == "text/plain" { type = "application/xhtml+xml" }
        } else {
            value = node.text
        }
        value = value.pythonTrimmed()
        let mapped: String
        switch type {
        case nil: mapped = defaultHTML ? "text/html" : "text/plain"
        case "text": mapped = "text/plain"
        case "html": mapped = "text/html"
        case "xhtml": mapped = "application/xhtml+xml"
        case let t?: mapped = t
        }
        if mode == "base64" || isBase64Type(mapped, mode: mode) {
            let compact = value.filter { !$0.isWhitespace }
            if let data = Data(base64Encoded: compact, options: .ignoreUnknownCharacters),
               let s = String(data: data, encoding: .utf8) {
                value = s
            }
        }
        value = repair(value)
        var isHTML = mapped == "text/html" || mapped == "application/xhtml+xml"
        if !isAtom, mapped == "text/plain", !isHTML, FeedTextGuess.looksLikeHTML(value) { isHTML = true }
        return FeedText(value: value, isHTML: isHTML, isXHTML: mapped == "application/xhtml+xml")
    }

    private func onlyDivElements(_ node: XNode) -> Bool {
        node.elements.allSatisfy { $0.name.lowercased() == "div" && onlyDivElements($0) }
    }

    /// feedparser drops the enclosing `<div>` of Atom 1.0 XHTML content when everything sits inside it.
    private func unwrapDiv(_ node: XNode) -> XNode? {
        guard format == "atom10" else { return nil }
        var only: XNode?
        for child in node.children {
            if child.isElement {
                guard only == nil, child.name.lowercased() == "div" else { return nil }
                only = child
            } else if child.isText, !child.content.pythonTrimmed().isEmpty {
                return nil
            }
        }
        return only
    }

    /// feedparser's `_is_base64`: any declared type that is neither text nor XML is base64.
    private func isBase64Type(_ type: String, mode: String?) -> Bool {
        if mode == "base64" { return true }
        if type.hasPrefix("text/") { return false }
        if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return false }
        return true
    }

    /// feedparser's repairs: UTF-8 mis-decoded as Latin-1, and C1 controls meaning windows-1252.
    func repair(_ s: String) -> String {
        // One pass over the bytes: C1 controls are C2 80…9F; anything above U+00FF rules out the Latin-1 repair.
        var t = s
        let (hasC1, onlyLatin1, hasHigh) = t.withUTF8 { b -> (Bool, Bool, Bool) in
            var c1 = false, latin = true, high = false
            var i = 0
            while i < b.count {
                let c = b[i]
                if c >= 0x80 {
                    high = true
                    if c == 0xC2, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] <= 0x9F { c1 = true }
                    if c >= 0xC4 { latin = false }
                }
                i += 1
            }
            return (c1, latin, high)
        }
        guard hasHigh else { return s }
        var out = s
        if wireUTF8, onlyLatin1 {
            // feedparser: UTF-8 that was decoded as Latin-1 is decoded again.
            let bytes = s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
            if Transcoder.isValidUTF8(bytes) {
                out = String(decoding: bytes, as: UTF8.self)
                return out.unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0x9F } ? mapC1(out) : out
            }
        }
        return hasC1 ? mapC1(out) : out
    }

    /// C1 controls (U+0080…U+009F) read as the windows-1252 characters they stand for.
    private func mapC1(_ s: String) -> String {
        let table = SingleByteTables.upperHalves["windows-1252"]!
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0x80, u.value <= 0x9F, let m = Unicode.Scalar(UInt32(table[Int(u.value) - 0x80])) {
                scalars.append(m)
            } else {
                scalars.append(u)
            }
        }
        return String(scalars)
    }

    /// Feed-level `<link>`: RSS text or Atom `rel="alternate"` href.
    private func linkValue(_ node: XNode) -> String? {
        if let href = node.attribute("href") {
            let rel = node.attribute("rel") ?? "alternate"
            let type = node.attribute("type") ?? (rel == "self" ? "application/atom+xml" : "text/html")
            guard rel == "alternate", type == "text/html" || type == "application/xhtml+xml" || type == "html" else { return nil }
            return href
        }
        let v = clean(node.text)
        return v.isEmpty ? nil : fixLinkQuery(v)
    }

    /// feedparser's fix for "?a=1&b;=2"-style links.
    private func fixLinkQuery(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The Atom `<name>` (or lone `<email>`) of an author element; nil for text authors.
    func structuredAuthorName(_ node: XNode) -> String? {
        if let name = node.elements.first(where: { $0.name.lowercased() == "name" }) {
            let v = clean(name.text)
            if !v.isEmpty { return v }
        }
        if let email = node.elements.first(where: { $0.name.lowercased() == "email" }) {
            let v = clean(email.text)
            if !v.isEmpty { return v }
        }
        return nil
    }

    /// The name part of an author element: Atom `<name>`, or RSS "email (Name)" / "Name <email>".
    func authorName(_ node: XNode) -> String? {
        if let name = node.elements.first(where: { $0.name.lowercased() == "name" }) {
            let v = clean(name.text)
            if !v.isEmpty { return v }
        }
        if let email = node.elements.first(where: { $0.name.lowercased() == "email" }) {
            let v = clean(email.text)
            if !v.isEmpty { return v }
        }
        if node.elements.contains(where: { _ in true }) { return nil }
        let raw = clean(node.text)
        guard !raw.isEmpty else { return nil }
        return AuthorText.name(from: raw) ?? raw
    }

    func clean(_ s: String) -> String { repair(s.pythonTrimmed()) }

    func parseCount(_ s: String) -> Int? {
        let t = s.pythonTrimmed()
        if let v = Int(t), v >= 0 { return v }
        if let d = Double(t), d >= 0, d < 1e15 { return Int(d) }
        return nil
    }

    func parseLength(_ s: String) -> Int? {
        let t = s.pythonTrimmed()
        return Int(t)
    }
}

extension CharacterSet {
    /// Python's `str.strip()` whitespace.
    static let pythonWhitespace: CharacterSet = {
        var c = CharacterSet()
        for v: UInt32 in [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000] {
            c.insert(Unicode.Scalar(v)!)
        }
        c.insert(charactersIn: Unicode.Scalar(0x2000)!...Unicode.Scalar(0x200A)!)
        return c
    }()
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
