import Foundation
import PantauModel
import PantauParse
import Testing

/// Listing pages of real shapes: the repeated block of article links is followed; navigation,
/// social, pagination, sidebar and footer links are not.
struct ListingPageTests {
    private func links(_ name: String, url: String) throws -> ParseOutcome {
        try parse(try fixture(name, "html", "listing"), url: url, kind: .page)
    }

    @Test func wordPressCategoryPageGivesItsPostsOnly() throws {
        let out = try links("wordpress-polres", url: "https://www.polreskedirikota.example.id/category/berita/")
        #expect(out.format == "html-listing")
        let site = "https://www.polreskedirikota.example.id/"
        #expect(out.links == [site + "2026/11/16/kapolres-kediri-kota-pimpin-apel-pasukan-operasi-zebra-semeru/",
                              site + "2026/11/15/sat-lantas-bagikan-helm-gratis/",
                              site + "2026/11/14/jumat-curhat/",
                              site + "2026/11/13/sambang-desa/"])
        #expect(out.feeds == [site + "feed/"])
    }

    @Test func elementorPostsWidgetWithShortUndatedSlugs() throws {
        let out = try links("elementor-polsek", url: "https://polsektanjungpriok.example.id/kegiatan/")
        let site = "https://polsektanjungpriok.example.id/"
        #expect(out.links == [site + "patroli-dialogis/", site + "ngopi-kamtibmas/", site + "sambang/", site + "pengamanan-ibadah/"])
    }

    @Test func newsPortalChannelPageSkipsPopularAdsAndPaging() throws {
        let out = try links("portal-berita", url: "https://www.suarabrawijaya.example.id/kanal/hukum")
        let read = "https://www.suarabrawijaya.example.id/read/2026/11/"
        #expect(out.links == [read + "16/112233/polresta-malang-kota-bongkar-sindikat-curanmor-lintas-kota",
                              read + "16/112230/kapolres-baru", read + "16/112219/tilang-elektronik", read + "15/112190/razia",
                              "https://www.suarabrawijaya.example.id/video/2026/11/15/5521/detik-detik-penangkapan-pelaku-jambret-di-pasar-besar"])
    }

    @Test func tribratanewsHomePageGivesTheLatestNews() throws {
        let out = try links("tribratanews", url: "https://tribratanews.sulsel.example.id/")
        let detail = "https://tribratanews.sulsel.example.id/berita/detail/"
        #expect(out.links == [detail + "73530/polda-sulsel-gelar-latihan-pra-operasi-lilin-2026", detail + "73528/bhabinkamtibmas",
                              detail + "73521/vaksinasi", detail + "73519/polres-gowa-amankan-pengedar-sabu"])
    }

    @Test func aLoneShortLinkIsNoBlock() throws {
        // Two short links of one shape are not a list of posts; a lone article-like link still counts.
        let html = """
            <html><body><h1>Profil</h1><div class="content"><p><a href="/sejarah/">Sejarah</a> <a href="/visi/">Visi</a></p>
            <p>Baca: <a href="/2026/11/16/kapolres-hadiri-rapat-koordinasi/">rapat koordinasi</a></p></div></body></html>
            """
        let out = try parse(Array(html.utf8), url: "https://polres.example.id/profil/", kind: .page)
        #expect(out.links == ["https://polres.example.id/2026/11/16/kapolres-hadiri-rapat-koordinasi/"])
    }
}
