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
            return rssFormat(version: v, netscape: v == "0.91" && netscapeDoctype(root))
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
            return atomFormat(namespace: ns, version: root.attribute("version"))
        case "channel":
            return "rss"
        default:
            return nil
        }
    }

    static func rssFormat(version v: String, netscape: Bool) -> String {
        switch v {
        case "0.91": return netscape ? "rss091n" : "rss091u"
        case "0.92": return "rss092"
        case "0.93": return "rss093"
        case "0.94": return "rss094"
        default: return v.hasPrefix("2.") ? "rss20" : "rss"
        }
    }

    /// `namespace` lower-cased.
    static func atomFormat(namespace ns: String, version: String?) -> String {
        if ns == FeedNamespaces.atom10 { return "atom10" }
        if ns == FeedNamespaces.atom03 { return "atom03" }
        switch version {
        case "0.3": return "atom03"
        case "0.2": return "atom02"
        case "0.1": return "atom01"
        default: return "atom"
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
                guard let key = FeedKey(FeedNamespaces.key(child)) else { continue }
                if key == .channel && !channelSeen {
                    channelSeen = true
                    if let lang = child.xmlLang, doc.language == nil, !lang.isEmpty { doc.language = lang }
                    readFeedFields(child, into: &doc)
                    collectItems(child, into: &itemNodes, depth: 0)
                } else if key == .item {
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
            guard let key = FeedKey(FeedNamespaces.key(child)) else { continue }
            if key == .item || key == .entry {
                out.append(child)
            } else if key == .items || key == .channel {
                collectItems(child, into: &out, depth: depth + 1)
            }
        }
    }

    // MARK: - Tree walk

    private func readFeedFields(_ node: XNode, into doc: inout FeedDocument) {
        var feedID: String?
        for child in node.elements {
            guard let key = FeedKey(FeedNamespaces.key(child)) else { continue }
            applyFeedField(key, child, to: &doc, feedID: &feedID)
        }
        if doc.link == nil, let feedID { doc.link = feedID }
    }

    private func readEntry(_ item: XNode) -> FeedEntry {
        var state = EntryState()
        if let about = item.attribute("about"), !about.isEmpty { state.entry.id = about }
        readEntryChildren(item, depth: 0, into: &state)
        return state.finished()
    }

    private func readEntryChildren(_ node: XNode, depth: Int, into state: inout EntryState) {
        for child in node.elements {
            guard let key = FeedKey(FeedNamespaces.key(child)) else { continue }
            if key == .mediaGroup || key == .mediaCommunity {
                guard depth < 4 else { continue }
                readEntryChildren(child, depth: depth + 1, into: &state)
            } else {
                applyEntryField(key, child, depth: depth, to: &state)
            }
        }
    }
}
