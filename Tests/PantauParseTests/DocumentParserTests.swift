import Foundation
import PantauModel
import PantauParse
import Testing

/// The demo-shaped documents the crawler hands to the parser.
struct DocumentParserTests {
    @Test func youTubeAtomGivesVideoWithViewsAndLikes() throws {
        let out = try parse(try fixture("youtube", "xml"), url: "file:///demo/youtube.xml")
        #expect(out.format == "atom10")
        #expect(out.links.isEmpty)
        let p = try #require(out.posts.first)
        #expect(out.posts.count == 1)
        #expect(p.stableID == "yt:video:abc123XYZ")
        #expect(p.url == "https://www.youtube.com/watch?v=abc123XYZ")
        #expect(p.title == "SIMBA: latihan ujian SIM gratis di taman lalu lintas")
        #expect(p.text.contains("#SIMBA"))
        #expect(isoUTC(p.published) == "2026-11-16T02:30:00Z")
        #expect(isoUTC(p.updated) == "2026-11-17T08:00:00Z")
        #expect(p.author == "Humas Polres Contoh")
        #expect(p.engagement == Engagement(views: 15_234, likes: 412))
    }

    @Test func wordPressRSSGivesCommentsTextAndResolvedLink() throws {
        let out = try parse(try fixture("wordpress", "xml"), url: "https://polres-contoh.example.id/feed/")
        #expect(out.format == "rss20")
        #expect(out.ttlSeconds == 3_600)
        #expect(out.title == "Polres Contoh – Melayani dengan Hati")
        let p = try #require(out.posts.first)
        #expect(p.stableID == "https://polres-contoh.example.id/?p=501")
        #expect(p.url == "https://polres-contoh.example.id/2026/11/16/pos-zona-selatan/")
        #expect(p.title == "Peluncuran Layanan “Pos Zona Selatan”")
        #expect(p.text == "Kapolres meresmikan pos pelayanan zona selatan. Warga dapat mengurus SKCK di pos ini.")
        #expect(p.author == "Humas")
        #expect(p.categories == ["Berita", "Inovasi"])
        #expect(p.engagement.comments == 12)
        #expect(isoUTC(p.published) == "2026-11-16T02:00:00Z")
    }

    @Test func bridgeFeedCarriesMediaCommunityCounters() throws {
        let out = try parse(try fixture("bridge", "xml"))
        let p = try #require(out.posts.first)
        #expect(p.engagement.likes == 230)
        #expect(p.engagement.views == 1_900)
        #expect(p.text == "Ngopi Kamtibmas bersama warga. #NgopiKamtibmas #PolrestaContoh")
        #expect(isoUTC(p.published) == "2026-11-14T12:45:00Z")
    }

    @Test func jsonFeedElevenIsRead() throws {
        let out = try parse(try fixture("jsonfeed", "json"))
        #expect(out.format == "json11")
        let p = try #require(out.posts.first)
        #expect(p.stableID == "7001")
        #expect(p.text == "Sebanyak 15 satker membangun ZI serentak.")
        #expect(p.author == "Bidhumas")
        #expect(p.categories == ["ZI", "WBK"])
        #expect(isoUTC(p.published) == "2026-11-12T02:00:00Z")
    }

    @Test func listingPageGivesSameSiteArticleLinksOnce() throws {
        let out = try parse(try fixture("listing", "html"), url: "file:///srv/demo/pontianak/berita.html", kind: .page)
        #expect(out.format == "html-listing")
        #expect(out.posts.isEmpty)
        #expect(out.links == ["file:///srv/demo/pontianak/artikel-panic-button-warga.html",
                              "file:///srv/demo/pontianak/artikel-door-to-door-system.html"])
        #expect(out.feeds == ["file:///feed/"])
    }

    @Test func articlePageGivesOnePostWithJSONLDCounters() throws {
        let out = try parse(try fixture("article", "html"), url: "https://polresta-contoh.example.id/berita/panic-button-warga?utm=x", kind: .page)
        #expect(out.format == "html-article")
        let p = try #require(out.posts.first)
        #expect(p.stableID == "https://polresta-contoh.example.id/berita/panic-button-warga")
        #expect(p.title == "Panic Button untuk Warga Kota")
        #expect(isoUTC(p.published) == "2026-11-16T02:00:00Z")
        #expect(p.author == "Bripka Andi")
        #expect(p.engagement == Engagement(views: 1_200, likes: 57, comments: 8, shares: 21))
        #expect(p.text.contains("meluncurkan panic button yang terhubung"))
        #expect(!p.text.contains("Bagikan"))
        #expect(!p.text.contains("Komentar"))
        #expect(!p.text.contains("Hak cipta"))
        #expect(!p.text.contains("Beranda"))
    }

    @Test func articleWithOnlyAnIndonesianDateNearTheHeadline() throws {
        let out = try parse(try fixture("article-id-date", "html"), url: "https://polsek.example.id/berita/jumat-curhat", kind: .page)
        #expect(out.format == "html-article")
        let p = try #require(out.posts.first)
        #expect(isoUTC(p.published) == "2026-11-13T07:30:00Z")
        #expect(p.text.hasPrefix("Kapolsek menggelar Jumat Curhat"))
        #expect(!p.text.contains("populer"))
    }

    @Test func emptyAndGarbageInputsAreClearErrors() {
        #expect(throws: ParseError.empty(url: "u")) { try DocumentParser.parse([], url: "u", contentType: nil, kind: .feed, fetchedAt: fetchTime) }
        #expect(throws: ParseError.empty(url: "u")) { try DocumentParser.parse(Array(" \n ".utf8), url: "u", contentType: nil, kind: .feed, fetchedAt: fetchTime) }
        do {
            _ = try DocumentParser.parse([0x00, 0xFF, 0x13, 0x37, 0x42], url: "u", contentType: nil, kind: .feed, fetchedAt: fetchTime)
            Issue.record("garbage parsed")
        } catch {
            #expect(error.description.hasPrefix("u: not a feed"))
        }
    }
}
