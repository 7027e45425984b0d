import Foundation
import PantauModel
import PantauParse
import Testing

/// Page dates from schema.org data (JSON-LD and microdata), in the page's time zone or the unit's.
struct StructuredDateTests {
    private func page(_ head: String, _ body: String = "<p>Isi berita.</p>") -> [UInt8] {
        Array("<html><head><title>t</title>\(head)</head><body><h1>Judul</h1>\(body)</body></html>".utf8)
    }

    @Test func jsonLDUploadDateWithoutZoneIsJakartaTime() throws {
        let html = page("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"VideoObject","name":"Patroli",
            "uploadDate":"2026-11-10T20:00:00","thumbnailUrl":"https://tv.example.id/t.jpg"}</script>
            """)
        let p = try #require(try parse(html, url: "https://tv.example.id/v/patroli-malam-warga", kind: .page).posts.first)
        #expect(isoUTC(p.published) == "2026-11-10T13:00:00Z")
    }

    @Test func jsonLDDateCreatedAndDatePublishedWithOffsets() throws {
        let created = page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"h\",\"dateCreated\":\"2026-11-09T08:30:00+08:00\"}</script>")
        let a = try #require(try parse(created, url: "https://x.example.id/berita/a-b-c", kind: .page).posts.first)
        #expect(isoUTC(a.published) == "2026-11-09T00:30:00Z")
        // datePublished wins over dateCreated; inside @graph too.
        let graph = page("""
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"s"},
            {"@type":"NewsArticle","headline":"h","dateCreated":"2026-11-01T00:00:00Z","datePublished":"2026-11-02T00:00:00Z"}]}</script>
            """)
        let b = try #require(try parse(graph, url: "https://x.example.id/berita/a-b-c", kind: .page).posts.first)
        #expect(isoUTC(b.published) == "2026-11-02T00:00:00Z")
    }

    @Test func microdataUploadDateAndDateCreated() throws {
        let video = page("<meta property=\"og:type\" content=\"video.other\">", """
            <div itemscope itemtype="https://schema.org/VideoObject"><span itemprop="name">Patroli</span>
            <meta itemprop="uploadDate" content="2026-11-10T20:00:00+07:00"></div>
            """)
        let v = try #require(try parse(video, url: "https://tv.example.id/v/patroli", kind: .page).posts.first)
        #expect(isoUTC(v.published) == "2026-11-10T13:00:00Z")
        let created = page("<meta property=\"og:type\" content=\"article\">",
                           "<article itemscope itemtype=\"https://schema.org/Article\"><time itemprop=\"dateCreated\" datetime=\"2026-11-11\">11 Nov</time><p>x</p></article>")
        let c = try #require(try parse(created, url: "https://x.example.id/berita/a-b-c", kind: .page).posts.first)
        // A bare day is midnight in Jakarta.
        #expect(isoUTC(c.published) == "2026-11-10T17:00:00Z")
    }

    @Test func zonelessDateTakesThePageZoneFromItsOtherDates() throws {
        // The page states its modified time in WITA (+08:00): its zone-less upload date is WITA too.
        let html = page("""
            <meta property="og:updated_time" content="2026-11-12T10:00:00+08:00">
            <script type="application/ld+json">{"@type":"VideoObject","name":"v","uploadDate":"2026-11-10T20:00:00"}</script>
            """)
        let p = try #require(try parse(html, url: "https://tv.example.id/v/x", kind: .page).posts.first)
        #expect(isoUTC(p.published) == "2026-11-10T12:00:00Z")
    }

    @Test func zonelessDateTakesTheUnitZoneWhenThePageHasNone() throws {
        let html = page("<script type=\"application/ld+json\">{\"@type\":\"VideoObject\",\"name\":\"v\",\"uploadDate\":\"2026-11-10T20:00:00\"}</script>")
        let papua = try #require(TimeZone(identifier: "Asia/Jayapura"))
        let out = try DocumentParser.parse(html, url: "https://tv.example.id/v/x", contentType: nil, kind: .page,
                                           fetchedAt: fetchTime, timeZone: papua)
        #expect(isoUTC(out.posts.first?.published) == "2026-11-10T11:00:00Z")
    }
}
