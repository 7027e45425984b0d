import CLibXML2
import Foundation

/// Reads RSS / RDF / Atom straight from SAX2 events (``XMLStream``), with the field rules of the
/// tree reader (``XMLFeedReader``), copying only the text of the elements it keeps.
///
/// It handles the common shapes and gives up on the rest (any DOCTYPE or entity reference, XHTML
/// inside a text construct, a `<channel>` root, errors); ``read(_:url:wireUTF8:)`` then returns
/// nil and the caller uses the tree reader, so results never differ between the two.
struct StreamFeedReader {
    /// Reads a feed, or returns nil when the document needs the tree reader.
    static func read(_ bytes: [UInt8], url: String, wireUTF8: Bool) -> FeedDocument? {
        stream(bytes, url: url, wireUTF8: wireUTF8)?.doc
    }

    /// Reads a feed and tells whether it was well formed (skippable errors are read through, as
    /// the tree reader's recovery mode reads them), or returns nil when the document needs the tree reader.
    static func stream(_ bytes: [UInt8], url: String, wireUTF8: Bool) -> (doc: FeedDocument, wellFormed: Bool)? {
        // libxml2 calls back with a plain pointer: no reference counting, no exclusivity bookkeeping per event.
        let reader = UnsafeMutablePointer<StreamFeedReader>.allocate(capacity: 1)
        reader.initialize(to: StreamFeedReader(wireUTF8: wireUTF8))
        reader.pointee.documentURL = url
        defer {
            reader.deinitialize(count: 1)
            reader.deallocate()
        }
        guard case .read(let wellFormed) = XMLStream.run(bytes, url: url, into: reader) else { return nil }
        reader.pointee.doc.format = reader.pointee.rules.format
        return (reader.pointee.doc, wellFormed)
    }

    /// libxml2 refuses longer text nodes in a tree; past this the tree reader decides.
    static let maxText = 10_000_000

    var rules: XMLFeedReader
    var doc = FeedDocument(format: "")
    var failed = false
    /// The root element was closed.
    var finished = false
    /// Errors were skipped as libxml2's recovery mode skips them (see ``XMLStream/isSkippable(_:)``).
    var skippedErrors = false
    var ctxt: xmlParserCtxtPtr?
    /// The document URL, against which an outermost `xml:base` resolves.
    var documentURL = ""
    /// Depth of the element being read (the root is 1).
    var elementDepth = 0
    /// `xml:base` values in effect, absolute, with the depth of the element that set each.
    var bases: [(depth: Int, base: String)] = []

    enum Frame { case rssRoot, feedRoot, channel, container(Int), entry, group(Int) }
    var stack: [Frame] = []
    /// Depth inside a subtree that no rule reads.
    var skip = 0
    var channelSeen = false
    /// RDF whose format depends on the namespace of its first `<channel>`.
    var rdfPending = false
    var netscape = false
    var feedID: String?
    var entry = XMLFeedReader.EntryState()

    // The field being read.
    var fieldKey: FeedKey?
    /// Depth of a media:group the field is in (entries), or -1 (feed level).
    var fieldGroupDepth = 0
    /// Element depth below the field element.
    var fieldDepth = 0
    var text: [UInt8] = []
    var hasElements = false
    var attrBytes: [UInt8] = []
    var attrSpans: [(name: Range<Int>, value: Range<Int>)] = []
    /// Text ranges of the first child `name`, `email`, `id`.
    var childRanges: [Range<Int>?] = [nil, nil, nil]
    var openChild: (slot: Int, start: Int)?
    /// The last CDATA piece ended with CR (its LF may open the next piece).
    var cdataEndsWithCR = false
    /// XHTML below the text construct being read.
    var markup = StreamMarkup()
    /// The field is a text construct with child elements: its text goes to `markup` too.
    var markingUp = false

    struct CacheEntry {
        var local: UnsafePointer<xmlChar>
        var uri: UnsafePointer<xmlChar>?
        var prefixed: Bool
        var key: FeedKey?
    }
    var keyCache: [CacheEntry] = []

    init(wireUTF8: Bool) {
        rules = XMLFeedReader(wireUTF8: wireUTF8)
        text.reserveCapacity(4_096)
    }

    /// The DOCTYPE's public and system ids (RSS 0.91 names Netscape's DTD).
    mutating func doctype(_ externalID: UnsafePointer<xmlChar>?, _ systemID: UnsafePointer<xmlChar>?) {
        netscape = (Self.string(externalID) + Self.string(systemID)).lowercased().contains("netscape")
    }

    /// An error or warning from libxml2: skippable errors are noted, the other well-formedness errors stop the parse.
    mutating func parseError(_ error: xmlError) {
        guard error.domain == Int32(XML_FROM_PARSER.rawValue), error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        if XMLStream.isSkippable(error) { skippedErrors = true } else { giveUp() }
    }

    mutating func giveUp() {
        failed = true
        if let ctxt { xmlStopParser(ctxt) }
    }

    // MARK: - Events

    mutating func start(local: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?,
               namespaces: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, nbNamespaces: Int,
               attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, nbAttributes: Int) {
        cdataEndsWithCR = false
        if failed { return }
        elementDepth += 1
        if nbAttributes > 0, let attributes, XMLBase.anyPrefixed(attributes, nbAttributes) { noteBase(attributes, nbAttributes) }
        if let key = fieldKey {
            if key.isTextConstruct {
                markupStart(local: local, prefix: prefix, uri: uri, attributes: attributes, nbAttributes: nbAttributes, depth: fieldDepth)
                hasElements = true
            } else if fieldDepth == 0 {
                // The tree reader reads a category's own words and an image's title (rare shapes).
                if key == .category || key == .image && strcmpEqual(local, "title") { giveUp(); return }
                hasElements = true
                if openChild == nil, prefix == nil || uri != nil, let slot = Self.childSlot(local), childRanges[slot] == nil {
                    openChild = (slot, text.count)
                }
            }
            fieldDepth += 1
            return
        }
        if skip > 0 { skip += 1; return }
        guard let frame = stack.last else {
            startRoot(local: local, prefix: prefix, uri: uri, namespaces: namespaces, nbNamespaces: nbNamespaces,
                      attributes: attributes, nbAttributes: nbAttributes)
            return
        }
        if rdfPending, stack.count == 1 {
            rdfPending = false
            if Self.domName(local, prefix, uri).lowercased() == "channel" {
                rules.format = Self.string(uri).lowercased() == FeedNamespaces.rss090 ? "rss090" : "rss10"
            } else {
                rdfPending = true
            }
        }
        guard let key = key(local: local, prefix: prefix, uri: uri) else { skip = 1; return }
        switch frame {
        case .rssRoot:
            if key == .channel && !channelSeen {
                channelSeen = true
                if doc.language == nil, let lang = xmlLang(attributes, nbAttributes), !lang.isEmpty { doc.language = lang }
                stack.append(.channel)
            } else if key == .item {
                startEntry(attributes, nbAttributes)
            } else {
                skip = 1
            }
        case .feedRoot, .channel:
            if Self.isFeedField(key) {
                startField(key, groupDepth: -1, attributes, nbAttributes)
            } else {
                startItems(key, depth: 0, attributes, nbAttributes)
            }
        case .container(let depth):
            startItems(key, depth: depth, attributes, nbAttributes)
        case .entry:
            startEntryChild(key, depth: 0, attributes, nbAttributes)
        case .group(let depth):
            startEntryChild(key, depth: depth, attributes, nbAttributes)
        }
    }

    mutating func end() {
        cdataEndsWithCR = false
        if failed { return }
        if !bases.isEmpty { dropBase() }
        elementDepth -= 1
        if let key = fieldKey {
            if fieldDepth > 0 {
                fieldDepth -= 1
                if key.isTextConstruct {
                    markupEnd(depth: fieldDepth)
                } else if fieldDepth == 0, let open = openChild {
                    childRanges[open.slot] = open.start..<text.count
                    openChild = nil
                }
                return
            }
            let field = StreamField(text: text, hasElements: hasElements, attrBytes: attrBytes, attrSpans: attrSpans,
                                    childRanges: childRanges, markup: finishedMarkup(),
                                    xmlBase: bases.isEmpty ? nil : bases[bases.count - 1].base)
            fieldKey = nil
            if fieldGroupDepth < 0 {
                rules.applyFeedField(key, field, to: &doc, feedID: &feedID)
            } else {
                rules.applyEntryField(key, field, depth: fieldGroupDepth, to: &entry)
            }
            return
        }
        if skip > 0 { skip -= 1; return }
        guard let frame = stack.popLast() else { return }
        switch frame {
        case .entry:
            doc.entries.append(entry.finished())
        case .feedRoot, .channel:
            if doc.link == nil, let feedID { doc.link = feedID }
            feedID = nil
        default:
            break
        }
        if stack.isEmpty { finished = true }
    }

    mutating func characters(_ p: UnsafePointer<xmlChar>, _ n: Int) {
        cdataEndsWithCR = false
        guard fieldKey != nil, !failed else { return }
        guard text.count + n <= Self.maxText else { giveUp(); return }
        let from = text.count
        text.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        if markingUp { markupText(from: from) }
    }

    /// A piece of a CDATA section. libxml2's push parser hands CDATA over as it stands in the
    /// input, so line ends are normalised here as its tree parser does (CR LF and CR become LF).
    mutating func cdata(_ p: UnsafePointer<xmlChar>, _ n: Int) {
        let endsWithCR = p[n - 1] == 0x0D
        defer { cdataEndsWithCR = endsWithCR }
        guard fieldKey != nil, !failed else { return }
        guard text.count + n <= Self.maxText else { giveUp(); return }
        let from = text.count
        defer { if markingUp { markupText(from: from) } }
        var i = 0
        if cdataEndsWithCR, p[0] == 0x0A {
            // The LF of a CR LF split between two pieces of one section, unless a new section starts here.
            guard let input = ctxt?.pointee.input, let base = input.pointee.base, p - base >= 9 else { giveUp(); return }
            if !Self.cdataStart.withUnsafeBufferPointer({ s in (0..<9).allSatisfy { p[$0 - 9] == s[$0] } }) { i = 1 }
        }
        guard memchr(p + i, 0x0D, n - i) != nil else {
            text.append(contentsOf: UnsafeBufferPointer(start: p + i, count: n - i))
            return
        }
        while i < n {
            let c = p[i]
            if c == 0x0D {
                text.append(0x0A)
                if i + 1 < n, p[i + 1] == 0x0A { i += 1 }
            } else {
                text.append(c)
            }
            i += 1
        }
    }

    /// The whole content of one CDATA section, from the document itself (see ``XMLStream``).
    mutating func cdataSection(_ p: UnsafePointer<xmlChar>, _ n: Int) {
        cdataEndsWithCR = false
        cdata(p, n)
        // libxml2 follows with an empty piece, which is ignored: a later section starts afresh.
    }

    static let cdataStart: [UInt8] = Array("<![CDATA[".utf8)
}
