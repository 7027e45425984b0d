import CLibXML2
import Foundation
import PantauModel

/// Turns fetched bytes into posts and links. Pure: no I/O, no network, no globals.
public enum DocumentParser {
    /// Documents above this size are refused (the fetcher caps bodies at 20 MB by default).
    public static let maxBytes = 64 * 1_024 * 1_024

    /// Detects the format from the content (not the URL) and parses it.
    ///
    /// `kind` is the registry's source kind: for `.page`, a listing page returns links and an article
    /// page returns one post. `contentType` is the HTTP header value; its `charset` takes precedence
    /// over the document's own declaration. Relative links resolve against `url` (file URLs too).
    /// `timeZone` is the unit's: a page date written without a zone is read in the page's zone
    /// (from its other dates) or else in this one (Asia/Jakarta when nil).
    public static func parse(_ bytes: [UInt8], url: String, contentType: String?, kind: Source.Kind,
                             fetchedAt: Date, timeZone: TimeZone? = nil) throws(ParseError) -> ParseOutcome {
        let resolver = URLResolver(url)
        switch try detect(bytes, url: url) {
        case .json:
            let doc = try JSONFeedReader.read(Transcoder.decode(bytes, httpCharset: nil, flavor: .json).bytes, url: url)
            var out = ParseOutcome(posts: doc.posts(resolver: resolver), format: doc.format, title: doc.title?.plain.nilIfEmpty)
            out.warnings = doc.itemWarnings
            return out
        case .html:
            return page(bytes, url: url, contentType: contentType, fetchedAt: fetchedAt, zone: timeZone, resolver: resolver)
        case .xml:
            var decoded = Transcoder.decode(bytes, httpCharset: Transcoder.charset(fromContentType: contentType), flavor: .xml)
            let wireUTF8 = decoded.encoding == "utf-8"
            if decoded.delegate == nil,
               let (doc, wellFormed) = StreamFeedReader.stream(decoded.bytes, url: url, wireUTF8: wireUTF8) {
                return outcome(doc, resolver: resolver, recovered: !wellFormed)
            }
            // Not well formed (or not a shape the stream reader reads): bare ampersands are kept as text first.
            let repaired = decoded.delegate == nil ? BareAmpersands.repair(decoded.bytes) : nil
            if let repaired {
                decoded.bytes = repaired
                if let (doc, _) = StreamFeedReader.stream(repaired, url: url, wireUTF8: wireUTF8) {
                    return outcome(doc, resolver: resolver, recovered: true)
                }
            }
            let enc = decoded.delegate ?? "UTF-8"
            return try XMLTree.withXML(decoded.bytes, url: url, encoding: enc, ignoreDeclaredEncoding: decoded.delegate == nil) { root, status throws(ParseError) in
                let recovered = !status.wellFormed || repaired != nil
                if SitemapReader.isSitemap(root) {
                    return ParseOutcome(links: SitemapReader.links(root, resolver: resolver), format: "sitemap",
                                        recovered: recovered)
                }
                if XMLFeedReader.format(of: root) != nil {
                    var reader = XMLFeedReader(wireUTF8: wireUTF8)
                    let doc = reader.read(root)
                    return outcome(doc, resolver: resolver, recovered: recovered)
                }
                if root.name.lowercased() == "html" {
                    return page(bytes, url: url, contentType: contentType, fetchedAt: fetchedAt, zone: timeZone, resolver: resolver)
                }
                if !status.wellFormed {
                    throw .malformedXML(url: url, line: status.line, message: status.message)
                }
                throw .unknownFormat(url: url, start: "<" + root.name + ">")
            }
        }
    }

    /// Reads a feed into the normalised feed model (used by the conformance output).
    package static func feed(_ bytes: [UInt8], url: String, contentType: String?) throws(ParseError) -> FeedDocument {
        switch try detect(bytes, url: url) {
        case .json:
            return try JSONFeedReader.read(Transcoder.decode(bytes, httpCharset: nil, flavor: .json).bytes, url: url)
        case .html:
            throw .unknownFormat(url: url, start: snippet(bytes))
        case .xml:
            let decoded = Transcoder.decode(bytes, httpCharset: Transcoder.charset(fromContentType: contentType), flavor: .xml)
            if decoded.delegate == nil,
               let doc = StreamFeedReader.read(decoded.bytes, url: url, wireUTF8: decoded.encoding == "utf-8") {
                return doc
            }
            guard decoded.delegate == nil, let repaired = BareAmpersands.repair(decoded.bytes) else {
                return try treeFeed(decoded, url: url)
            }
            var fixed = decoded
            fixed.bytes = repaired
            if let doc = StreamFeedReader.read(repaired, url: url, wireUTF8: decoded.encoding == "utf-8") { return doc }
            return try treeFeed(fixed, url: url)
        }
    }

    /// Reads a feed with the tree reader only (the streaming reader's reference).
    /// A read feed as the crawl takes it: posts, the (already clamped) ttl, and the warnings of
    /// items kept without a field they could not read.
    static func outcome(_ doc: FeedDocument, resolver: URLResolver, recovered: Bool) -> ParseOutcome {
        var out = ParseOutcome(posts: doc.posts(resolver: resolver), ttlSeconds: doc.ttlMinutes.map { $0 * 60 },
                               format: doc.format, title: doc.title?.plain.nilIfEmpty, recovered: recovered)
        out.warnings = doc.itemWarnings
        return out
    }

    static func treeFeed(_ decoded: Transcoder.Decoded, url: String) throws(ParseError) -> FeedDocument {
        let enc = decoded.delegate ?? "UTF-8"
        return try XMLTree.withXML(decoded.bytes, url: url, encoding: enc, ignoreDeclaredEncoding: decoded.delegate == nil) { root, status throws(ParseError) in
            guard XMLFeedReader.format(of: root) != nil else {
                if !status.wellFormed { throw .malformedXML(url: url, line: status.line, message: status.message) }
                throw .unknownFormat(url: url, start: "<" + root.name + ">")
            }
            var reader = XMLFeedReader(wireUTF8: decoded.encoding == "utf-8")
            return reader.read(root)
        }
    }

    private static func page(_ bytes: [UInt8], url: String, contentType: String?, fetchedAt: Date, zone: TimeZone?,
                             resolver: URLResolver) -> ParseOutcome {
        let decoded = Transcoder.decode(bytes, httpCharset: Transcoder.charset(fromContentType: contentType), flavor: .html)
        let page = XMLTree.withHTML(decoded.bytes, url: url) { root in
            HTMLPage.extract(root, url: url, fetchedAt: fetchedAt, zone: zone ?? PageDates.jakarta)
        }
        if page.isArticle {
            let link = page.canonical ?? resolver.resolve(url)
            let post = Post(stableID: link, url: link, title: page.title, text: page.text, published: page.published,
                            updated: page.updated, author: page.author, categories: page.categories,
                            engagement: Engagement(views: page.engagement.views, likes: page.engagement.likes,
                                                   comments: page.engagement.comments, shares: page.engagement.shares))
            return ParseOutcome(posts: [post], links: [], format: "html-article", title: page.title, feeds: page.feeds)
        }
        return ParseOutcome(posts: [], links: page.links, format: "html-listing", title: page.title, feeds: page.feeds)
    }

    /// Broad document families, told apart by their first bytes.
    enum Family { case xml, html, json }

    static func detect(_ bytes: [UInt8], url: String) throws(ParseError) -> Family {
        guard bytes.count <= maxBytes else { throw .tooLarge(url: url, bytes: bytes.count, limit: maxBytes) }
        var i = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .xml }
        if bytes.count >= 4, bytes[0] == 0x3C, bytes[1] == 0 || bytes[0] == 0 && bytes[1] == 0x3C { return .xml }
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        guard i < bytes.count else { throw .empty(url: url) }
        switch bytes[i] {
        case 0x7B, 0x5B:  // '{' '['
            return .json
        case 0x3C:  // '<'
            let end = min(bytes.count, i + 1_024)
            return bytes.withUnsafeBufferPointer { looksLikeHTML(UnsafeBufferPointer(rebasing: $0[i..<end])) } ? .html : .xml
        default:
            throw .unknownFormat(url: url, start: snippet(bytes))
        }
    }

    /// True when `head` (the first KB from the first `<`) starts an HTML page: a `<!doctype html`, an
    /// `<html>` or `<html ` tag, or one of the usual first tags, ASCII case-insensitive. An XHTML page
    /// still parses as HTML; a feed never starts like this (`<rss`, `<feed` or `<rdf:rdf` anywhere says feed).
    static func looksLikeHTML(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        func at(_ j: Int, _ s: StaticString) -> Bool {
            let n = s.utf8CodeUnitCount
            guard j + n <= head.count else { return false }
            for k in 0..<n {
                let c = head[j + k]
                if (c >= 0x41 && c <= 0x5A ? c + 32 : c) != s.utf8Start[k] { return false }
            }
            return true
        }
        func anywhere(_ test: (Int) -> Bool) -> Bool {
            var j = 0
            while j < head.count {
                if head[j] == 0x3C, test(j) { return true }
                j += 1
            }
            return false
        }
        let html = at(0, "<html") || at(0, "<head") || at(0, "<body") || at(0, "<meta") || at(0, "<div")
            || anywhere { at($0, "<!doctype html") || at($0, "<html ") || at($0, "<html>") }
        return html && !anywhere { at($0, "<rss") || at($0, "<feed") || at($0, "<rdf:rdf") }
    }

    static func snippet(_ bytes: [UInt8]) -> String {
        let s = String(decoding: bytes.prefix(24), as: UTF8.self)
        return String(s.unicodeScalars.map { $0.value < 0x20 || $0 == "\u{FFFD}" ? "." : Character($0) })
    }
}
