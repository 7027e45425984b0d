import Foundation
import PantauModel
@testable import PantauParse
import Testing

/// Issue 11, point 5: one unreadable field of one item costs that field, never the document.
@Suite struct PartialAcceptanceTests {
    static let jsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Polres Tuban", "_pantau_total": 1e999,
         "items": [
          {"id": "1", "url": "https://tuban.example/1", "title": "Layanan SIMBA", "content_text": "Satu."},
          {"id": "2", "url": "https://tuban.example/2", "title": "Patroli", "content_text": "Dua.",
           "_stats": {"likes": 1e999, "shares": -1e999}, "attachments": [{"url": "https://tuban.example/a.mp4", "size_in_bytes": 1e400}]},
          {"id": "3", "url": "https://tuban.example/3", "title": "Jumat Curhat", "content_text": "Tiga.", "date_published": "kemarin sore"}
         ]}
        """

    @Test func jsonFeedWithAnOutOfRangeNumberKeepsEveryItem() throws {
        let out = try DocumentParser.parse(Array(Self.jsonFeed.utf8), url: "https://tuban.example/feed.json",
                                           contentType: "application/feed+json", kind: .feed, fetchedAt: Date())
        #expect(out.posts.map(\.stableID) == ["1", "2", "3"])
        #expect(out.posts[1].title == "Patroli" && out.posts[1].text == "Dua.")
        #expect(out.warnings.contains("field _pantau_total: number 1e999 is out of range"))
        #expect(out.warnings.contains { $0.hasPrefix("item 2 (2): field _stats.likes: number 1e999 is out of range") })
        #expect(out.warnings.contains { $0.hasPrefix("item 2 (2): field attachments[0].size_in_bytes: number 1e400") })
        #expect(out.warnings.contains { $0.hasPrefix("item 3 (3): date_published \"kemarin sore\" is not a date") })
        #expect(out.warnings.allSatisfy { !$0.contains("item 1 ") })
    }

    @Test func plainlyBrokenJSONIsStillAnError() {
        #expect(throws: ParseError.self) {
            try DocumentParser.parse(Array("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [1e999".utf8),
                                     url: "https://x.example/f.json", contentType: nil, kind: .feed, fetchedAt: Date())
        }
    }

    @Test func rssItemWithUnreadableFieldsIsKeptWithoutThem() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
             xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title>
            <item><guid>a</guid><title>Satu</title><slash:comments>4</slash:comments></item>
            <item><guid>b</guid><title>Dua</title><pubDate>32 Foo 99999</pubDate><slash:comments>99999999999999999999</slash:comments>
             <media:community><media:statistics views="-3"/></media:community></item>
            <item><guid>c</guid><title>Tiga</title></item></channel></rss>
            """
        for bytes in [Array(rss.utf8), Array(rss.replacingOccurrences(of: "<?xml version=\"1.0\"?>", with: "").utf8)] {
            let out = try DocumentParser.parse(bytes, url: "https://x.example/rss", contentType: nil, kind: .feed, fetchedAt: Date())
            #expect(out.posts.map(\.title) == ["Satu", "Dua", "Tiga"])
            #expect(out.posts[0].engagement.comments == 4)
            #expect(out.posts[1].engagement.comments == nil && out.posts[1].engagement.views == nil)
            #expect(out.warnings.contains("item 2 (b): comment count \"99999999999999999999\" is not readable; the item is kept without it"))
            #expect(out.warnings.contains { $0.hasPrefix("item 2 (b): date \"32 Foo 99999\"") })
            #expect(out.warnings.contains { $0.hasPrefix("item 2 (b): view count \"-3\"") })
        }
    }

    @Test func hugeTTLIsClampedNotTrapped() throws {
        let rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><ttl>9223372036854775807</ttl><item><guid>a</guid></item></channel></rss>"
        let out = try DocumentParser.parse(Array(rss.utf8), url: "https://x.example/rss", contentType: nil, kind: .feed, fetchedAt: Date())
        #expect(out.ttlSeconds == 7 * 24 * 3_600)
        #expect(out.posts.count == 1)
    }
}
