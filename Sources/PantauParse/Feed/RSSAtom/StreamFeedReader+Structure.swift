import CLibXML2
import Foundation

/// Where an element starts something: the root, the items, an entry, one of its fields.
extension StreamFeedReader {
    mutating func startRoot(local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
                           namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, nbNamespaces: Int,
                           attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, nbAttributes: Int) {
        let name = Self.domName(local, prefix, uri).lowercased()
        let ns = Self.string(uri).lowercased()
        switch name {
        case "rss":
            captureAttributes(attributes, nbAttributes)
            let v = capturedAttribute("version") ?? ""
            rules.format = XMLFeedReader.rssFormat(version: v, netscape: v == "0.91" && netscape)
            stack.append(.rssRoot)
        case "rdf":
            rules.format = ""
            for i in 0..<nbNamespaces {
                let nsPrefix = namespaces?[2 * i]
                let nsURI = Self.string(namespaces?[2 * i + 1]).lowercased()
                if nsURI == FeedNamespaces.rss090 && nsPrefix == nil { rules.format = "rss090"; break }
                if nsURI == FeedNamespaces.rss10 { rules.format = "rss10"; break }
                if nsURI == FeedNamespaces.atom10 { rules.format = "atom10"; break }
            }
            if rules.format.isEmpty {
                rules.format = "rss10"
                rdfPending = true
            }
            stack.append(.rssRoot)
        case "feed":
            captureAttributes(attributes, nbAttributes)
            rules.format = XMLFeedReader.atomFormat(namespace: ns, version: capturedAttribute("version"))
            stack.append(.feedRoot)
        default:
            // A <channel> root, sitemaps, XHTML and unknown roots: the tree reader knows them.
            giveUp()
            return
        }
        if let lang = xmlLang(attributes, nbAttributes), !lang.isEmpty {
            doc.language = lang.replacingOccurrences(of: "_", with: "-")
        }
    }

    /// A child of a channel, feed or items container: items and nested containers.
    mutating func startItems(_ key: FeedKey, depth: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                            _ nbAttributes: Int) {
        if key == .item || key == .entry {
            startEntry(attributes, nbAttributes)
        } else if (key == .items || key == .channel) && depth + 1 < 8 {
            stack.append(.container(depth + 1))
        } else {
            skip = 1
        }
    }

    mutating func startEntry(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ nbAttributes: Int) {
        entry = XMLFeedReader.EntryState()
        if nbAttributes > 0 {
            captureAttributes(attributes, nbAttributes)
            if let about = capturedAttribute("about"), !about.isEmpty { entry.entry.id = about }
        }
        stack.append(.entry)
    }

    mutating func startEntryChild(_ key: FeedKey, depth: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                                 _ nbAttributes: Int) {
        if key == .mediaGroup || key == .mediaCommunity {
            if depth < 4 { stack.append(.group(depth + 1)) } else { skip = 1 }
        } else if Self.isEntryField(key) {
            startField(key, groupDepth: depth, attributes, nbAttributes)
        } else {
            skip = 1
        }
    }

    mutating func startField(_ key: FeedKey, groupDepth: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                            _ nbAttributes: Int) {
        fieldKey = key
        fieldGroupDepth = groupDepth
        fieldDepth = 0
        text.removeAll(keepingCapacity: true)
        hasElements = false
        markingUp = false
        childRanges[0] = nil
        childRanges[1] = nil
        childRanges[2] = nil
        openChild = nil
        captureAttributes(attributes, nbAttributes)
    }

    static func isFeedField(_ key: FeedKey) -> Bool {
        switch key {
        case .title, .dcTitle, .link, .id, .guid, .language, .dcLanguage, .lastBuildDate, .updated, .modified, .dcDate,
             .dctermsModified, .ttl:
            true
        default:
            false
        }
    }

    static func isEntryField(_ key: FeedKey) -> Bool {
        switch key {
        case .other, .channel, .item, .entry, .items, .language, .dcLanguage, .lastBuildDate, .ttl, .mediaGroup, .mediaCommunity:
            false
        default:
            true
        }
    }
}
