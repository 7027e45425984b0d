import Foundation
import PantauModel
import Testing
@testable import PantauRegistry

/// `url:` values a person mistypes are refused when the registry is read, with file, line and a fix.
@Suite struct SourceURLTests {
    func unit(_ url: String) -> String {
        """
        unit:
          id: polres-tuban
          name: Polres Tuban
        sources:
          - id: polres-tuban-web
            platform: website
            url: \(url)
        """
    }

    func problem(_ url: String) throws -> RegistryIssue? {
        let dir = try makeRegistry(["polres-tuban.yaml": unit(url)])
        do {
            _ = try RegistryLoader.load(directory: dir)
            return nil
        } catch {
            return error.issues.first
        }
    }

    @Test func typosAreNamedWithFileLineAndFix() throws {
        let words = try #require(try problem("youtube polres tuban"))
        #expect(words.line == 7 && words.field == "sources[0].url")
        #expect(words.problem.contains("neither a web address"))
        let scheme = try #require(try problem("htps//tiktok.com/@x"))
        #expect(scheme.problem.contains("https://tiktok.com/@x"), "\(scheme)")
        let bare = try #require(try problem("www.youtube.com/feeds/videos.xml?channel_id=abc"))
        #expect(bare.problem.contains("without its scheme"), "\(bare)")
        let host = try #require(try problem("https://youtube/feeds"))
        #expect(host.problem.contains("not a host name"), "\(host)")
        let space = try #require(try problem("https://www.youtube.com/polres tuban"))
        #expect(space.problem.contains("not a valid URL"), "\(space)")
    }

    @Test func realAddressesAndPathsPass() throws {
        for url in ["https://www.youtube.com/feeds/videos.xml?channel_id=abc", "http://localhost:8080/feed", "http://127.0.0.1/x",
                    "demo/polres-tuban/web.xml", "berita/index.html", "web.xml", "/srv/pantau/arsip/feed.xml"] {
            #expect(try problem(url) == nil, "\(url)")
        }
    }

    @Test func unitFilesSavedUnderAnotherNameAreFound() throws {
        let dir = try makeRegistry(["polres-tuban.yaml": unit("web.xml"), "polsek-senori.yaml.txt": unit("web.xml"),
                                    "polsek-jenu.YAML": unit("web.xml"), "catatan.txt": "bukan unit\n",
                                    "polsek-bangilan.txt": "unit:\n  id: polsek-bangilan\n"])
        let stray = RegistryLoader.strayFiles(directory: dir)
        #expect(stray.map { ($0.file as NSString).lastPathComponent } == ["polsek-bangilan.txt", "polsek-jenu.YAML", "polsek-senori.yaml.txt"])
        #expect(stray.map(\.rename) == ["polsek-bangilan.yaml", "polsek-jenu.yaml", "polsek-senori.yaml"])
    }
}
