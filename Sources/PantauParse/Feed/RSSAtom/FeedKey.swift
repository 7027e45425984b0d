/// The feed elements the readers act on, named by their ``FeedNamespaces/key(_:)`` string
/// ("title", "dc:creator", "media:group"…). Everything else is `.other`.
enum FeedKey: UInt8 {
    case other
    // containers
    case channel, item, entry, items
    // shared
    case title, dcTitle, link, id, guid, updated, modified, dcDate, dctermsModified
    // feed level
    case language, dcLanguage, lastBuildDate, ttl
    // entry level
    case mediaTitle, image, pubDate, published, issued, dctermsIssued
    case author, dcCreator, dcAuthor, itunesAuthor
    case description, summary, dcDescription, mediaDescription, itunesSummary
    case contentEncoded, content, xhtmlBody, fullItem
    case category, dcSubject, mediaKeywords, tags, mediaCategory, enclosure
    case slashComments, thrTotal, mediaGroup, mediaCommunity, mediaStatistics, mediaStarRating

    static let named: [String: FeedKey] = [
        "channel": .channel, "item": .item, "entry": .entry, "items": .items,
        "title": .title, "dc:title": .dcTitle, "link": .link, "id": .id, "guid": .guid, "updated": .updated,
        "modified": .modified, "dc:date": .dcDate, "dcterms:modified": .dctermsModified,
        "language": .language, "dc:language": .dcLanguage, "lastbuilddate": .lastBuildDate, "ttl": .ttl,
        "media:title": .mediaTitle, "image": .image, "pubdate": .pubDate, "published": .published, "issued": .issued,
        "dcterms:issued": .dctermsIssued,
        "author": .author, "dc:creator": .dcCreator, "dc:author": .dcAuthor, "itunes:author": .itunesAuthor,
        "description": .description, "summary": .summary, "dc:description": .dcDescription,
        "media:description": .mediaDescription, "itunes:summary": .itunesSummary,
        "content:encoded": .contentEncoded, "content": .content, "xhtml:body": .xhtmlBody, "fullitem": .fullItem,
        "category": .category, "dc:subject": .dcSubject, "media:keywords": .mediaKeywords, "tags": .tags,
        "media:category": .mediaCategory, "enclosure": .enclosure,
        "slash:comments": .slashComments, "thr:total": .thrTotal, "media:group": .mediaGroup,
        "media:community": .mediaCommunity, "media:statistics": .mediaStatistics, "media:starrating": .mediaStarRating,
    ]

    /// The key of a ``FeedNamespaces/key(_:)`` string; nil stays nil (the element is skipped).
    init?(_ key: String?) {
        guard let key else { return nil }
        self = FeedKey.named[key] ?? .other
    }

    /// Text constructs: their value depends on child markup (XHTML), not only on text.
    var isTextConstruct: Bool {
        switch self {
        case .title, .dcTitle, .mediaTitle, .description, .summary, .dcDescription, .mediaDescription, .itunesSummary,
             .contentEncoded, .content, .xhtmlBody, .fullItem:
            true
        default:
            false
        }
    }
}
