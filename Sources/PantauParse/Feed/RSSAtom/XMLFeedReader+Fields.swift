import PantauModel

/// feedparser's element mapping for feed-level and entry-level fields, applied one element at a
/// time, so that the tree walk and the streaming reader share it.
extension XMLFeedReader {
    /// What an entry has seen so far, besides the entry itself.
    struct EntryState {
        var entry = FeedEntry()
        var guidLink: String?
        var hasLink = false
        /// Which element filled a field, so a deeper one (inside media:group) never overrides a direct child.
        var titleDepth = Int.max
        var summaryDepth = Int.max
        var hasContent = false
        var mediaTitle: FeedText?
        var imageTitle: FeedText?
        var authorSet = false

        func finished() -> FeedEntry {
            var e = entry
            if !hasLink, let g = guidLink {
                e.link = g
                e.linkIsGuid = true
            }
            if e.title == nil, let mt = mediaTitle ?? imageTitle { e.title = mt }
            return e
        }
    }

    /// A child of the channel (or of the Atom feed).
    func applyFeedField<N: FeedField>(_ key: FeedKey, _ child: N, to doc: inout FeedDocument, feedID: inout String?) {
        switch key {
        case .title, .dcTitle:
            if let t = text(child, defaultHTML: false), !t.value.isEmpty { doc.title = t }
        case .link:
            if let l = linkValue(child) { doc.link = XMLBase.resolve(l, against: child.xmlBase) }
        case .id, .guid:
            if feedID == nil { feedID = clean(child.text).nilIfEmpty }
        case .language, .dcLanguage:
            let v = clean(child.text)
            if !v.isEmpty { doc.language = v }
        case .lastBuildDate, .updated, .modified, .dcDate, .dctermsModified:
            if let d = DateParser.parseFeedDate(child.text) { doc.updated = d }
        case .ttl:
            // Minutes; a week at most (the crawl never waits longer than a day anyway).
            let t = child.text.pythonTrimmed()
            if let v = Count.parse(t) { doc.ttlMinutes = min(v, FeedDocument.maxTTLMinutes) }
            else if !t.isEmpty, t.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { doc.ttlMinutes = FeedDocument.maxTTLMinutes }
        default:
            break
        }
    }

    /// A child of an item / entry (or of a media:group in it, at `depth` 1…).
    func applyEntryField<N: FeedField>(_ key: FeedKey, _ child: N, depth: Int, to s: inout EntryState) {
        switch key {
        case .title, .dcTitle, .mediaTitle, .description, .summary, .dcDescription, .mediaDescription, .itunesSummary,
             .contentEncoded, .content, .xhtmlBody, .fullItem:
            applyEntryText(key, child, depth: depth, to: &s)
        case .link:
            applyEntryLink(child, to: &s)
        case .image:
            // feedparser lets an <id> inside an entry's <image> act as the permalink.
            if s.guidLink == nil, let id = child.childText("id") {
                let v = clean(id)
                if !v.isEmpty { s.guidLink = v }
            }
            noteImageTitle(child, &s)
        case .guid, .id:
            let v = clean(child.text)
            guard !v.isEmpty else { return }
            s.entry.id = v
            if s.guidLink == nil, (child.attribute("isPermaLink") ?? child.attribute("ispermalink") ?? "true") == "true" {
                s.guidLink = v
            }
        case .pubDate, .published, .issued, .dctermsIssued:
            if let d = DateParser.parseFeedDate(child.text) { s.entry.published = d } else { unreadable(child.text, "date", &s) }
        case .updated, .modified, .dcDate, .dctermsModified:
            if let d = DateParser.parseFeedDate(child.text) { s.entry.updated = d } else { unreadable(child.text, "date", &s) }
        case .author, .dcCreator, .dcAuthor, .itunesAuthor:
            // feedparser: an Atom <name> always replaces the author; a text author only fills an empty one.
            if let name = structuredAuthorName(child) {
                s.entry.author = name
                s.authorSet = true
            } else if !s.authorSet, let a = authorName(child) {
                s.entry.author = a
                s.authorSet = true
            }
        case .category, .dcSubject, .mediaKeywords, .tags, .mediaCategory:
            applyEntryCategory(key, child, to: &s)
        case .enclosure:
            if let raw = child.attribute("url") ?? child.attribute("href"), !raw.isEmpty {
                let url = XMLBase.resolve(raw, against: child.xmlBase)
                s.entry.enclosures.append(FeedEnclosure(url: url, type: child.attribute("type"),
                                                        length: child.attribute("length").flatMap(parseLength)))
            }
        case .slashComments, .thrTotal, .mediaStatistics, .mediaStarRating:
            applyEntryCounts(key, child, to: &s)
        default:
            break
        }
    }

    /// Title, summary and content of an entry.
    @inline(__always) private func applyEntryText<N: FeedField>(_ key: FeedKey, _ child: N, depth: Int, to s: inout EntryState) {
        switch key {
        case .title, .dcTitle:
            if let t = text(child, defaultHTML: false), !t.value.isEmpty, depth <= s.titleDepth {
                s.entry.title = t
                s.titleDepth = depth
            }
        case .mediaTitle:
            if s.mediaTitle == nil, let t = text(child, defaultHTML: false), !t.value.isEmpty { s.mediaTitle = t }
        case .description, .summary, .dcDescription, .mediaDescription, .itunesSummary:
            // feedparser: a second summary before any content becomes content; after content it replaces the summary.
            guard let t = text(child, defaultHTML: key == .description || key == .mediaDescription) else { return }
            if s.entry.summary != nil, !s.hasContent {
                if s.entry.content == nil { s.entry.content = t }
                s.hasContent = true
            } else if depth <= s.summaryDepth {
                s.entry.summary = t
                s.summaryDepth = depth
            }
        default:  // .contentEncoded, .content, .xhtmlBody, .fullItem
            s.hasContent = true
            if s.entry.content == nil, let t = text(child, defaultHTML: key != .content) { s.entry.content = t }
        }
    }

    /// An entry's `<link>`: Atom (or RSS with `href`) by rel and type, else RSS text.
    @inline(__always) private func applyEntryLink<N: FeedField>(_ child: N, to s: inout EntryState) {
        guard isAtom || child.attribute("href") != nil else {
            let v = clean(child.text)
            s.entry.link = v.isEmpty ? nil : XMLBase.resolve(fixLinkQuery(v), against: child.xmlBase)
            s.hasLink = true
            return
        }
        let rel = child.attribute("rel") ?? "alternate"
        let hrefAttr = child.attribute("href")
        guard let rawHref = hrefAttr ?? clean(child.text).nilIfEmpty else { return }
        let type = child.attribute("type") ?? (rel == "self" ? "application/atom+xml" : "text/html")
        let href = XMLBase.resolve(rawHref, against: child.xmlBase)
        if rel == "enclosure", !href.isEmpty {
            s.entry.enclosures.append(FeedEnclosure(url: href, type: child.attribute("type"),
                                                    length: child.attribute("length").flatMap(parseLength)))
        }
        if hrefAttr == nil || rel == "alternate" && (type == "text/html" || type == "application/xhtml+xml" || type == "html") {
            s.entry.link = href
            s.hasLink = true
        }
    }

    /// Categories, subjects, keywords and tags of an entry.
    @inline(__always) private func applyEntryCategory<N: FeedField>(_ key: FeedKey, _ child: N, to s: inout EntryState) {
        switch key {
        case .category:
            let term = child.attribute("term") ?? clean(child.hasElements ? child.directText : child.text)
            let t = term.pythonTrimmed()
            if !t.isEmpty { s.entry.categories.append(t) }
            if child.hasElements { noteImageTitle(child, &s) }
        case .dcSubject:
            let t = clean(child.text)
            if !t.isEmpty { s.entry.categories.append(t) }
        case .mediaKeywords, .tags:
            for part in child.text.split(separator: ",") {
                let t = String(part).pythonTrimmed()
                if !t.isEmpty { s.entry.categories.append(t) }
            }
        default:  // .mediaCategory
            let scheme = child.attribute("scheme") ?? "http://search.yahoo.com/mrss/category_schema"
            if scheme != "http://search.yahoo.com/mrss/category_schema" {
                let t = clean(child.text)
                if !t.isEmpty { s.entry.categories.append(t) }
            }
        }
    }

    /// Comment, view and like counters of an entry.
    @inline(__always) private func applyEntryCounts<N: FeedField>(_ key: FeedKey, _ child: N, to s: inout EntryState) {
        switch key {
        case .slashComments:
            if let v = count(child.text, "comment count", &s) { s.entry.comments = v }
        case .thrTotal:
            if s.entry.comments == nil, let v = count(child.text, "comment count", &s) { s.entry.comments = v }
        case .mediaStatistics:
            if let v = count(child.attribute("views"), "view count", &s) { s.entry.views = v }
            if let v = count(child.attribute("favorites"), "favorite count", &s), s.entry.likes == nil { s.entry.likes = v }
        default:  // .mediaStarRating
            if let v = count(child.attribute("count"), "rating count", &s) { s.entry.likes = v }
        }
    }

    /// An `<image><title>` inside an item: the entry's title when it has no other.
    private func noteImageTitle<N: FeedField>(_ child: N, _ s: inout EntryState) {
        guard s.imageTitle == nil, let raw = child.imageTitle else { return }
        let v = clean(raw)
        if !v.isEmpty { s.imageTitle = FeedText(value: v, isHTML: FeedTextGuess.looksLikeHTML(v)) }
    }
}

extension XMLFeedReader {
    /// A counter, or nil; a value that is there but is not a count within 0…10^15 becomes a warning.
    func count(_ text: String?, _ what: String, _ s: inout EntryState) -> Int? {
        guard let text else { return nil }
        if let v = parseCount(text) { return v }
        unreadable(text, what, &s)
        return nil
    }

    /// Notes a field whose text is there but cannot be read.
    func unreadable(_ text: String, _ what: String, _ s: inout EntryState) {
        let t = text.pythonTrimmed()
        guard !t.isEmpty else { return }
        s.entry.warnings.append("\(what) \"\(t.prefix(40))\" is not readable")
    }
}
