import Foundation
@testable import PantauParse
import Testing

/// xml:base, authors with child markup, guids that are no URL, and JSON Feed's short versions.
struct FeedFidelityTests {
    /// The feed as both readers give it (the stream reader must not step aside here).
    private func readBoth(_ xml: String, url: String) throws -> (stream: FeedDocument, tree: FeedDocument) {
        let bytes = Array(xml.utf8)
        let stream = try #require(StreamFeedReader.read(bytes, url: url, wireUTF8: true))
        let tree = try DocumentParser.treeFeed(Transcoder.Decoded(bytes: bytes, encoding: "utf-8", delegate: nil), url: url)
        return (stream, tree)
    }

    @Test func nestedXMLBaseResolvesAtomLinksAndEnclosures() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://tribratanews.example.id/polda/">
            <title>Tribrata</title><link href="beranda/"/>
            <entry xml:base="2026/11/"><title>A</title><id>tag:a</id><link href="patroli-malam"/>
              <link rel="enclosure" href="../../media/patroli.mp4" type="video/mp4" length="5"/></entry>
            <entry><title>B</title><id>tag:b</id><link href="/berita/b"/></entry>
            </feed>
            """
        let (stream, tree) = try readBoth(xml, url: "https://mirror.example.id/feeds/atom.xml")
        #expect(stream == tree)
        #expect(stream.link == "https://tribratanews.example.id/polda/beranda/")
        #expect(stream.entries[0].link == "https://tribratanews.example.id/polda/2026/11/patroli-malam")
        #expect(stream.entries[0].enclosures.first?.url == "https://tribratanews.example.id/polda/media/patroli.mp4")
        #expect(stream.entries[1].link == "https://tribratanews.example.id/berita/b")
    }

    @Test func xmlBaseOnRSSAndRelativeBaseAgainstTheDocument() throws {
        let xml = """
            <rss version="2.0"><channel xml:base="/polres/"><title>R</title>
            <item xml:base="berita/"><title>A</title><link>simba-2026</link><enclosure url="foto.jpg" type="image/jpeg"/></item>
            </channel></rss>
            """
        let (stream, tree) = try readBoth(xml, url: "https://polda.example.id/feed.xml")
        #expect(stream == tree)
        #expect(stream.entries[0].link == "https://polda.example.id/polres/berita/simba-2026")
        #expect(stream.entries[0].enclosures.first?.url == "https://polda.example.id/polres/berita/foto.jpg")
    }

    @Test func withoutXMLBaseLinksResolveAgainstTheDocumentURLAsBefore() throws {
        let xml = "<rss version=\"2.0\"><channel><item><title>A</title><link>/berita/a-b-c</link></item></channel></rss>"
        let out = try parse(Array(xml.utf8), url: "https://polres.example.id/feed/")
        #expect(out.posts.first?.url == "https://polres.example.id/berita/a-b-c")
    }

    @Test func authorWithChildMarkupGivesItsText() throws {
        let xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title>
            <item><title>A</title><author><b>Budi</b> <i>Santoso</i></author></item>
            <item><title>B</title><dc:creator><a href="https://polres.example.id/author/humas">Humas Polres</a></dc:creator></item>
            <item><title>C</title><author><uri>https://polres.example.id/</uri></author></item>
            </channel></rss>
            """
        let (stream, tree) = try readBoth(xml, url: "https://polres.example.id/feed/")
        #expect(stream == tree)
        #expect(stream.entries.map(\.author) == ["Budi Santoso", "Humas Polres", nil])
    }

    @Test func nonURLGuidStaysAnIdAndIsNoLink() throws {
        let xml = """
            <rss version="2.0"><channel><title>R</title>
            <item><title>A</title><guid>abc123</guid></item>
            <item><title>B</title><guid isPermaLink="true">def456</guid></item>
            <item><title>C</title><guid isPermaLink="false">ghi789</guid></item>
            <item><title>D</title><guid>https://polres.example.id/berita/d</guid></item>
            </channel></rss>
            """
        let out = try parse(Array(xml.utf8), url: "https://polres.example.id/feed/")
        #expect(out.posts.map(\.url) == [nil, nil, nil, "https://polres.example.id/berita/d"])
        #expect(out.posts.map(\.stableID) == ["abc123", "def456", "ghi789", "https://polres.example.id/berita/d"])
    }

    @Test(arguments: [("\"1\"", "json1"), ("\"1.0\"", "json1"), ("\"1.1\"", "json11"), ("1", "json1"), ("1.1", "json11"),
                      ("\"https://jsonfeed.org/version/1\"", "json1"), ("\"https://jsonfeed.org/version/1.1\"", "json11")])
    func jsonFeedShortVersionsAreAccepted(_ version: String, _ format: String) throws {
        let json = "{\"version\": \(version), \"title\": \"Humas\", \"items\": [{\"id\": \"1\", \"url\": \"https://x.example.id/a\", \"title\": \"A\"}]}"
        let out = try parse(Array(json.utf8), url: "https://x.example.id/feed.json")
        #expect(out.format == format)
        #expect(out.posts.first?.title == "A")
    }

    @Test(arguments: ["\"2\"", "\"1.2\"", "true", "\"\""])
    func otherJSONVersionsAreStillRefused(_ version: String) {
        let json = "{\"version\": \(version), \"items\": []}"
        #expect(throws: ParseError.self) { try parse(Array(json.utf8), url: "https://x.example.id/feed.json") }
    }
}
