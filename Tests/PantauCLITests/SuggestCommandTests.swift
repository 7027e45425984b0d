import Foundation
import Testing

/// `pantau suggest` run as a user runs it: crawl a local feed into a database, then list what the
/// posts write that the registry lacks.
@Suite struct SuggestCommandTests {
    static func registry(feed: String) -> String {
        """
        unit:
          id: polres-buru
          name: Polres Buru
          kind: polres
        sources:
          - id: polres-buru-web
            platform: website
            kind: feed
            url: file://\(feed)
        innovations:
          - id: polres-buru-bus-posko
            name: Bus Posko Mobile
        """
    }

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Polres Buru</title><link>https://buru.example.polri.go.id/</link>
        <item><title>Posko Mobile di Namlea</title><link>https://buru.example.polri.go.id/1</link>
        <description>Posko mobile hadir di Namlea untuk melayani SKCK warga.</description>
        <pubDate>Fri, 20 Nov 2026 08:00:00 +0700</pubDate></item>
        <item><title>Pelayanan keliling</title><link>https://buru.example.polri.go.id/2</link>
        <description>Hari ini Posko Mobile melayani laporan kehilangan di Waeapo.</description>
        <pubDate>Sat, 21 Nov 2026 08:00:00 +0700</pubDate></item>
        </channel></rss>
        """

    func crawled() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        let feed = try dir.write("registry/web.xml", Self.feed)  // file: sources live under the registry folder
        try dir.write("registry/polres-buru.yaml", Self.registry(feed: feed))
        let crawl = try PantauBinary.run(["crawl", "--all", "--registry", dir.path("registry"), "--db", dir.path("p.sqlite"), "--create"], in: dir.url)
        #expect(crawl.status == 0, "\(crawl.stderr)")
        return dir
    }

    @Test func jsonListsTheShortenedNameWithEvidenceAndYAML() throws {
        let dir = try crawled()
        let r = try PantauBinary.run(["suggest", "--json", "--registry", dir.path("registry"), "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(r.status == 0, "\(r.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["posts"] as? Int == 2)
        let list = try #require(object["suggestions"] as? [[String: Any]])
        let s = try #require(list.first { ($0["spelling"] as? String)?.lowercased() == "posko mobile" })
        #expect(s["innovationID"] as? String == "polres-buru-bus-posko")
        #expect(s["sources"] as? [String] == ["own-channel"])
        #expect(s["posts"] as? Int == 2)
        let examples = try #require(s["examples"] as? [[String: Any]])
        #expect(examples.compactMap { $0["url"] as? String }.sorted() == ["https://buru.example.polri.go.id/1", "https://buru.example.polri.go.id/2"])
        #expect((s["yaml"] as? [String])?.last?.hasPrefix("      - Posko") == true)
        // Nothing was written to the registry.
        #expect(try String(contentsOfFile: dir.path("registry/polres-buru.yaml"), encoding: .utf8) == Self.registry(feed: dir.path("registry/web.xml")))
    }

    @Test func textIsIndonesianByDefaultAndEnglishOnRequest() throws {
        let dir = try crawled()
        let id = try PantauBinary.run(["suggest", "--registry", dir.path("registry"), "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(id.status == 0)
        #expect(id.stdout.contains("usulan dari 2 unggahan tersimpan"))
        #expect(id.stdout.contains("alias inovasi · polres-buru / polres-buru-bus-posko · kanal unit sendiri · 2 unggahan"))
        let en = try PantauBinary.run(["suggest", "--lang", "en", "--registry", dir.path("registry"), "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(en.stdout.contains("candidates from 2 stored posts"))
        let bad = try PantauBinary.run(["suggest", "--lang", "fr", "--registry", dir.path("registry"), "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--lang"))
    }
}
