import Foundation
import PantauModel
import PantauParse
import Testing

/// Article and listing pages, feed autodiscovery, microdata counters and sitemaps.
struct HTMLPageTests {
    @Test func autodiscoveryFindsRSSAtomAndJSONFeeds() throws {
        let html = """
            <html><head><title>Beranda</title>
            <link rel="alternate" type="application/rss+xml" href="/feed/">
            <link rel="alternate" type="application/atom+xml" href="https://polres.example.id/atom.xml">
            <link rel="alternate" type="application/feed+json" href="feed.json">
            <link rel="alternate" hreflang="en" href="/en/">
            <link rel="stylesheet" href="/s.css"></head><body><p>x</p></body></html>
            """
        let out = try parse(Array(html.utf8), url: "https://polres.example.id/berita/", kind: .page)
        #expect(out.feeds == ["https://polres.example.id/feed/", "https://polres.example.id/atom.xml",
                              "https://polres.example.id/berita/feed.json"])
    }

    @Test func microdataInteractionStatistics() throws {
        let html = """
            <html><head><meta property="og:type" content="article"><title>Video</title></head><body>
            <article itemscope itemtype="https://schema.org/VideoObject"><h1 itemprop="name">Patroli Malam</h1>
            <meta itemprop="uploadDate" content="2026-11-10T20:00:00+07:00">
            <div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">
              <meta itemprop="interactionType" content="https://schema.org/WatchAction">
              <meta itemprop="userInteractionCount" content="4321"></div>
            <div itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter">
              <link itemprop="interactionType" href="https://schema.org/LikeAction">
              <span itemprop="userInteractionCount">1,2 rb</span></div>
            <p>Patroli malam bersama warga.</p></article></body></html>
            """
        let out = try parse(Array(html.utf8), url: "https://tv.example.id/v/patroli-malam-warga", kind: .page)
        let p = try #require(out.posts.first)
        #expect(p.engagement.views == 4_321)
        #expect(p.engagement.likes == 1_200)
    }

    @Test func absurdCountersAreDroppedNotFatal() throws {
        let html = """
            <html><head><meta property="og:type" content="article"><title>t</title></head><body><article><h1>t</h1>
            <div itemprop="interactionStatistic" itemscope><meta itemprop="interactionType" content="LikeAction">
            <span itemprop="userInteractionCount">99999999999999999999999999 jt</span></div>
            <div itemprop="interactionStatistic" itemscope><meta itemprop="interactionType" content="ShareAction">
            <span itemprop="userInteractionCount">2,5 rb</span></div><p>isi</p></article></body></html>
            """
        let p = try #require(try parse(Array(html.utf8), url: "https://x.example.id/berita/a-b-c", kind: .page).posts.first)
        #expect(p.engagement.likes == nil)
        #expect(p.engagement.shares == 2_500)
        let ld = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"h","interactionStatistic":[
            {"interactionType":"LikeAction","userInteractionCount":1e300},{"interactionType":"CommentAction","userInteractionCount":-5},
            {"interactionType":"ShareAction","userInteractionCount":7.9}]}</script></head><body><p>x</p></body></html>
            """
        let q = try #require(try parse(Array(ld.utf8), url: "https://x.example.id/berita/a-b-c", kind: .page).posts.first)
        #expect(q.engagement.likes == nil)
        #expect(q.engagement.comments == nil)
        #expect(q.engagement.shares == 7)
    }

    @Test func relativeIndonesianDateOnASocialPage() throws {
        let html = "<html><body><h1>Ngopi Kamtibmas</h1><span>3 jam yang lalu</span><p>Ngopi bareng warga di pos kamling membahas keamanan lingkungan dan layanan kepolisian terdekat.</p></body></html>"
        let out = try parse(Array(html.utf8), url: "https://social.example/p/ngopi-kamtibmas-warga", kind: .page, at: fetchTime)
        let p = try #require(out.posts.first)
        #expect(p.published == fetchTime.addingTimeInterval(-3 * 3_600))
    }

    @Test func urlsetSitemapGivesLinks() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://polres.example.id/berita/simba-2026</loc><lastmod>2026-11-16</lastmod>
              <news:news><news:publication_date>2026-11-16T09:00:00+07:00</news:publication_date><news:title>SIMBA</news:title></news:news></url>
            <url><loc> https://polres.example.id/berita/jumat-curhat </loc></url>
            <url><loc>https://polres.example.id/berita/simba-2026</loc></url>
            <url><loc>javascript:alert(1)</loc></url>
            </urlset>
            """
        let out = try parse(Array(xml.utf8), url: "https://polres.example.id/sitemap.xml", kind: .sitemap)
        #expect(out.format == "sitemap")
        #expect(out.links == ["https://polres.example.id/berita/simba-2026", "https://polres.example.id/berita/jumat-curhat"])
        #expect(out.posts.isEmpty)
    }

    @Test func sitemapIndexGivesChildSitemaps() throws {
        let xml = """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>/post-sitemap.xml</loc></sitemap><sitemap><loc>https://polres.example.id/page-sitemap.xml</loc></sitemap>
            </sitemapindex>
            """
        let out = try parse(Array(xml.utf8), url: "https://polres.example.id/sitemap_index.xml", kind: .sitemap)
        #expect(out.links == ["https://polres.example.id/post-sitemap.xml", "https://polres.example.id/page-sitemap.xml"])
    }

    @Test func listingSkipsNavigationOtherSitesAndFiles() throws {
        let html = """
            <html><body><h1>Berita Terkini</h1>
            <a href="/2026/11/16/pos-zona-selatan/">a</a>
            <a href="https://www.polres.example.id/berita/read/12345">b</a>
            <a href="/kategori/berita/">c</a><a href="/tag/simba/">d</a><a href="/page/2/">e</a>
            <a href="/wp-content/uploads/2026/11/foto-kegiatan-warga.jpg">f</a>
            <a href="mailto:humas@polres.example.id">g</a>
            <a href="https://facebook.com/polres-contoh-resmi-kita">h</a>
            <a href="/index.php?p=77">i</a>
            </body></html>
            """
        let out = try parse(Array(html.utf8), url: "https://polres.example.id/berita/", kind: .page)
        #expect(out.format == "html-listing")
        #expect(out.links == ["https://polres.example.id/2026/11/16/pos-zona-selatan/",
                              "https://www.polres.example.id/berita/read/12345",
                              "https://polres.example.id/index.php?p=77"])
    }
}
