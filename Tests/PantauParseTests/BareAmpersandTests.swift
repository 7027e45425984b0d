import Foundation
@testable import PantauParse
import Testing

/// A feed with bare ampersands (not well formed) reads the same as its well-formed twin, on both readers.
struct BareAmpersandTests {
    /// The same feed twice: `broken` as hand-made feeds and WordPress plugins write it, `twin` escaped properly.
    static func rss(broken: Bool) -> [UInt8] {
        func esc(_ bare: String, _ escaped: String) -> String { broken ? bare : escaped }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Humas \(esc("Polres & Polsek", "Polres &amp; Polsek"))</title>
            <link>https://polres.example.id/?lang=id\(esc("&", "&amp;"))view=home</link>
            <item><title>Tom \(esc("&", "&amp;")) Jerry nonton bareng di Mapolres</title>
            <link>https://polres.example.id/berita?a=1\(esc("&", "&amp;"))b=2</link>
            <description>Divisi R\(esc("&", "&amp;"))D, hak cipta \(esc("&copy", "&amp;copy")) dan \(esc("&foo;", "&amp;foo;")) tetap;\(esc("&nbsp;", "&#160;"))spasi. <![CDATA[A & B]]></description>
            <enclosure url="https://polres.example.id/f.mp3?x=1\(esc("&", "&amp;"))y=2" type="audio/mpeg" length="10"/>
            <!-- catatan: R&D tidak disentuh di komentar -->
            <guid isPermaLink="false">post-1</guid></item>
            <item><title>SIM \(esc("&", "&amp;")) SKCK</title><link>https://polres.example.id/?p=2\(esc("&", "&amp;"))utm=x</link></item>
            </channel></rss>
            """
        return Array(xml.utf8)
    }

    @Test func ampersandHeavyBrokenFeedReadsAsItsWellFormedTwin() throws {
        let url = "https://polres.example.id/feed/"
        let broken = try parse(Self.rss(broken: true), url: url)
        let twin = try parse(Self.rss(broken: false), url: url)
        #expect(broken.recovered)
        #expect(!twin.recovered)
        #expect(broken.title == twin.title)
        #expect(broken.posts == twin.posts)
        let p = try #require(broken.posts.first)
        #expect(p.title == "Tom & Jerry nonton bareng di Mapolres")
        #expect(p.url == "https://polres.example.id/berita?a=1&b=2")
        #expect(p.text.hasPrefix("Divisi R&D, hak cipta © dan &foo; tetap; spasi. A & B"))
        #expect(broken.title == "Humas Polres & Polsek")
        #expect(broken.posts.last?.title == "SIM & SKCK")
        #expect(broken.posts.last?.url == "https://polres.example.id/?p=2&utm=x")
    }

    @Test func bothReadersKeepBareAmpersands() throws {
        let url = "https://polres.example.id/feed/"
        let twin = try #require(StreamFeedReader.read(Self.rss(broken: false), url: url, wireUTF8: true))
        let repaired = try #require(BareAmpersands.repair(Self.rss(broken: true)))
        // The streaming reader on the repaired bytes…
        let streamed = try #require(StreamFeedReader.read(repaired, url: url, wireUTF8: true))
        #expect(streamed == twin)
        // …and the tree reader, with and without the repair step in front (DocumentParser.feed).
        let decoded = Transcoder.Decoded(bytes: repaired, encoding: "utf-8", delegate: nil)
        #expect(try DocumentParser.treeFeed(decoded, url: url) == twin)
        #expect(try DocumentParser.feed(Self.rss(broken: true), url: url, contentType: nil) == twin)
        #expect(twin.entries[0].enclosures.first?.url == "https://polres.example.id/f.mp3?x=1&y=2")
    }

    @Test func ampersandsInAtomAndOnTheTreePathToo() throws {
        // A DOCTYPE sends the document to the tree reader; its entities stay the document's own.
        let atom = """
            <?xml version="1.0"?><!DOCTYPE feed [<!ENTITY org "Polda">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>&org; Jatim & Polres</title>
            <entry><title type="html">Q&A layanan SIM</title><id>tag:x,2026:1</id>
            <link rel="alternate" href="https://polda.example.id/read?id=9&s=qa"/></entry></feed>
            """
        let out = try parse(Array(atom.utf8), url: "https://polda.example.id/atom.xml")
        #expect(out.recovered)
        #expect(out.title == "Polda Jatim & Polres")
        #expect(out.posts.first?.title == "Q&A layanan SIM")
        #expect(out.posts.first?.url == "https://polda.example.id/read?id=9&s=qa")
    }

    @Test func wellFormedDocumentsAreLeftAlone() {
        #expect(BareAmpersands.repair(Self.rss(broken: false)) == nil)
        let cdataOnly = Array("<rss><channel><item><title><![CDATA[a & b]]></title></item></channel></rss>".utf8)
        #expect(BareAmpersands.repair(cdataOnly) == nil)
    }
}
