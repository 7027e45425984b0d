import Foundation
@testable import PantauParse
import Testing

/// The streaming feed reader must give exactly what the tree reader gives, or step aside.
struct StreamFeedReaderTests {
    /// Streams `bytes` and reads them with the tree; nil when the stream reader stepped aside.
    private func both(_ bytes: [UInt8], url: String) -> (stream: FeedDocument, tree: FeedDocument?)? {
        let decoded = Transcoder.decode(bytes, httpCharset: nil, flavor: .xml)
        guard decoded.delegate == nil,
              let stream = StreamFeedReader.read(decoded.bytes, url: url, wireUTF8: decoded.encoding == "utf-8") else { return nil }
        return (stream, try? DocumentParser.treeFeed(decoded, url: url))
    }

    /// A short description of where two readings differ.
    private func firstDifference(_ a: FeedDocument?, _ b: FeedDocument) -> String {
        guard let a else { return "tree reader failed" }
        var da = a, db = b
        da.entries = []
        db.entries = []
        if da != db { return "feed: \(da) vs \(db)" }
        if a.entries.count != b.entries.count { return "entries \(a.entries.count) vs \(b.entries.count)" }
        for (i, (x, y)) in zip(a.entries, b.entries).enumerated() where x != y {
            let mx = Mirror(reflecting: x).children.map { "\($0.value)" }, my = Mirror(reflecting: y).children.map { "\($0.value)" }
            let labels = Mirror(reflecting: x).children.map { $0.label ?? "?" }
            for k in 0..<labels.count where mx[k] != my[k] {
                return "entry \(i).\(labels[k]): \(mx[k].prefix(300)) vs \(my[k].prefix(300))"
            }
        }
        return "?"
    }

    @Test(.enabled(if: ConformanceCorpusTests.corpusExists, "shared/conformance/feeds is not next to the package"))
    func corpusAgreesWithTheTreeReader() throws {
        let dir = ConformanceCorpusTests.corpus.appendingPathComponent("cases")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rdf") }.sorted()
        var streamed = 0
        var streamedBytes = 0
        var totalBytes = 0
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
            totalBytes += bytes.count
            guard let r = both(bytes, url: "file:///" + file) else { continue }
            streamed += 1
            streamedBytes += bytes.count
            #expect(r.tree == r.stream, "\(file): \(firstDifference(r.tree, r.stream))")
        }
        print("stream reader: \(streamed)/\(files.count) files, \(streamedBytes)/\(totalBytes) bytes")
        #expect(streamed * 2 > files.count)
    }

    @Test func wordPressFeedIsStreamed() throws {
        for name in ["wordpress", "youtube", "bridge"] {
            let bytes = try fixture(name, "xml")
            let r = try #require(both(bytes, url: "https://example.id/\(name)"), "\(name) was not streamed")
            #expect(r.tree == r.stream, "\(name)")
            #expect(!r.stream.entries.isEmpty)
        }
    }

    @Test func attributesWithAmpersandsAndUndeclaredPrefixes() throws {
        let xml = """
        <?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel xml:lang="id_ID">
        <title>T &amp; U</title><link>https://a.id/?x=1&amp;y=2</link>
        <item><title>One</title><link href="https://a.id/p?a=1&amp;b=&#38;c"/><guid isPermaLink="false">g1</guid>
        <dc:creator>Undeclared prefix</dc:creator><x:category>kept out</x:category>
        <media:group><media:title>MT</media:title><media:description>D &lt;b&gt;</media:description></media:group>
        <author><name>Jo</name><email>jo@a.id</email></author></item>
        <item><description><![CDATA[<p>Hi</p>]]></description><description>second</description><content:encoded>c</content:encoded></item>
        </channel></rss>
        """
        let r = try #require(both(Array(xml.utf8), url: "https://a.id/feed"))
        #expect(r.tree == r.stream)
        #expect(r.stream.entries.count == 2)
    }

    @Test func documentsWithDoctypeOrMarkupInTextGoToTheTreeReader() {
        let doctype = #"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><item><title>&e;</title></item></channel></rss>"#
        #expect(both(Array(doctype.utf8), url: "u") == nil)
        let xhtml = #"<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>x</b></div></content></entry></feed>"#
        #expect(both(Array(xhtml.utf8), url: "u") == nil)
        let broken = #"<rss version="2.0"><channel><item><title>x</item></channel></rss>"#
        #expect(both(Array(broken.utf8), url: "u") == nil)
    }

    @Test func controlCharactersAreSkippedAsTheTreeReaderSkipsThem() throws {
        let xml = "<rss version=\"2.0\"><channel><title>T\u{10}U</title><item><title>a&#x1F;b&#31;c</title>"
            + "<description>&lt;p&gt;x\u{1}y&lt;/p&gt;</description></item></channel></rss>"
        let r = try #require(both(Array(xml.utf8), url: "u"), "not streamed")
        #expect(r.tree == r.stream)
        #expect(r.stream.title?.value == "TU")
        #expect(r.stream.entries.first?.title?.value == "abc")
        let streamed = try #require(StreamFeedReader.stream(Array(xml.utf8), url: "u", wireUTF8: true))
        #expect(!streamed.wellFormed)
        let out = try DocumentParser.parse(Array(xml.utf8), url: "https://a.id/feed", contentType: nil, kind: .feed, fetchedAt: Date())
        #expect(out.recovered)
        #expect(out.posts.count == 1)
        let clean = #"<rss version="2.0"><channel><item><title>x</title></item></channel></rss>"#
        #expect(try !DocumentParser.parse(Array(clean.utf8), url: "https://a.id/feed", contentType: nil, kind: .feed, fetchedAt: Date()).recovered)
    }

    @Test func otherErrorsAfterASkippedOneStillGoToTheTreeReader() {
        let xml = "<rss version=\"2.0\"><channel><item><title>a\u{10}b</title><link>x</item></channel></rss>"
        #expect(both(Array(xml.utf8), url: "u") == nil)
        let cdata = "<rss version=\"2.0\"><channel><item><title><![CDATA[a\u{10}b]]></title></item></channel></rss>"
        #expect(both(Array(cdata.utf8), url: "u") == nil)
    }
}
