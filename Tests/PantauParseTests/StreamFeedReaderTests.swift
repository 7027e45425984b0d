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
        var treeOnly: [String] = []
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(file)))
            totalBytes += bytes.count
            guard let r = both(bytes, url: "file:///" + file) else { treeOnly.append(file); continue }
            streamed += 1
            streamedBytes += bytes.count
            #expect(r.tree == r.stream, "\(file): \(firstDifference(r.tree, r.stream))")
        }
        print("stream reader: \(streamed)/\(files.count) files, \(streamedBytes)/\(totalBytes) bytes; tree only: \(treeOnly.prefix(10))")
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

    @Test func documentsWithDoctypeOrErrorsGoToTheTreeReader() {
        let doctype = #"<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e "x">]><rss version="2.0"><channel><item><title>&e;</title></item></channel></rss>"#
        #expect(both(Array(doctype.utf8), url: "u") == nil)
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

    @Test(arguments: [
        #"<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><b>x</b></div></content>"#,
        #"<content type="xhtml">  <DIV xmlns="http://www.w3.org/1999/xhtml" class="a&amp;b" title='q"t>'>a &lt; b<br/><p>&#38;c</p></DIV>\#u{A0} </content>"#,
        #"<content type="xhtml">lead <div>x</div></content>"#,
        #"<content type="xhtml"><div>x</div><div>y</div></content>"#,
        #"<content type="html"><div><div>a &lt;b&gt;</div></div></content>"#,
        #"<content type="html"><div><p>a</p></div></content>"#,
        #"<content><x:div xmlns:x="http://www.w3.org/1999/xhtml"><x:i y:z="1" x:w="2">i</x:i></x:div></content>"#,
        #"<content type="text/plain"><q:div>u</q:div><![CDATA[<c>\#r\#nd]]><!-- c --></content>"#,
        #"<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><div><div><span>deep</span></div></div></div></summary>"#,
        #"<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">T<sup>2</sup></div></title>"#,
    ])
    func xhtmlContentIsSerialisedAsTheTreeSerialisesIt(_ content: String) throws {
        for ns in ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"] {
            let xml = #"<feed xmlns="\#(ns)"><entry><id>i</id>\#(content)</entry></feed>"#
            let r = try #require(both(Array(xml.utf8), url: "u"), "not streamed: \(content)")
            #expect(r.tree == r.stream, "\(ns) \(content): \(firstDifference(r.tree, r.stream))")
        }
        let item = content.replacingOccurrences(of: "<content", with: "<description").replacingOccurrences(of: "</content>", with: "</description>")
        let rss = #"<rss version="2.0"><channel><item>\#(item)</item></channel></rss>"#
        let r = try #require(both(Array(rss.utf8), url: "u"), "not streamed: \(rss)")
        #expect(r.tree == r.stream, "\(rss): \(firstDifference(r.tree, r.stream))")
    }

    @Test(arguments: [
        "<![CDATA[<p>a &amp; b</p>]]>", "<![CDATA[]]>", "x<![CDATA[a\r\nb\rc\r]]><![CDATA[\nd]]>y",
        "<![CDATA[a\r]]>\n<![CDATA[\r\nb]]>", "<!-- <![CDATA[ not a section ]]> -->z", "<![CDATA[ ]] ]> ]]]>",
        "<![CDATA[\u{FEFF}é€😀]]>", "<?pi <![CDATA[ ?>t<![CDATA[u]]>",
    ])
    func cdataSectionsReadAsTheTreeReadsThem(_ body: String) throws {
        let xml = #"<rss version="2.0"><channel><!-- <![CDATA[ --><title a="]]&gt;">T</title><item><title>\#(body)</title><description>\#(body)</description>"#
            + #"</item></channel></rss>"#
        let r = try #require(both(Array(xml.utf8), url: "u"), "not streamed: \(body)")
        #expect(r.tree == r.stream, "\(body): \(firstDifference(r.tree, r.stream))")
        #expect(r.stream.entries.count == 1)
    }

    @Test(arguments: ["<![CDATA[a\u{1}b]]>", "<![CDATA[a\u{FFFE}b]]>", "<![CDATA[a\u{FFFF}]]>", "<![CDATA[never closed"])
    func cdataThatLibxml2RefusesStillGoesToTheTreeReader(_ body: String) {
        let xml = #"<rss version="2.0"><channel><item><title>\#(body)</title></item></channel></rss>"#
        #expect(both(Array(xml.utf8), url: "u") == nil)
    }

    @Test func longCDATASectionsAcrossChunks() throws {
        let text = String(repeating: "kata ]] > ]>\r\n", count: 20_000)
        let xml = #"<rss version="2.0"><channel><item><description><![CDATA["# + text + "]]></description><title><![CDATA["
            + String(repeating: "é", count: 70_000) + #"]]></title></item></channel></rss>"#
        let r = try #require(both(Array(xml.utf8), url: "u"))
        #expect(r.tree == r.stream)
    }

    /// Long runs of character data are decoded by the stream reader itself; short ones and any
    /// with something it does not know go to libxml2. Either way the result is the tree's.
    @Test(arguments: [
        "&lt;p&gt;a &amp; b &quot;c&quot; &apos;d&apos;&lt;/p&gt;", "&#65;&#x42;&#x4a;&#0000067;&#x1F600;&#128512;",
        "a\r\nb\rc\n\r\r\nd\t", "tail ]] > ]>", "é€😀\u{FEFF}\u{E000}", "&#13;&#10;&#9;", "&amp;amp;&amp;#38;",
    ])
    func longTextRunsReadAsTheTreeReadsThem(_ piece: String) throws {
        let long = String(repeating: "kata &lt;b&gt;biasa&lt;/b&gt; ", count: 12) + piece
        for body in [long, piece + long, String(repeating: piece, count: 40), piece] {
            let xml = #"<rss version="2.0"><channel><title>T</title><item><title>\#(body)</title><description>\#(body)</description>"#
                + #"<category>\#(body)</category></item><item><description><!-- a > &amp; < -->\#(body)</description></item></channel></rss>"#
            let r = try #require(both(Array(xml.utf8), url: "u"), "not streamed: \(body)")
            #expect(r.tree == r.stream, "\(piece): \(firstDifference(r.tree, r.stream))")
            #expect(r.stream.entries.count == 2)
        }
    }

    @Test(arguments: ["&nbsp;", "&#X43;", "\u{10}&lt;b&gt;", "&#0;", "&#x110000;", "&#xD800;", "&#xFFFE;", "a ]]> b", "&#12345678;", "&#x;", "&#65", "& b", "&lt"])
    func longTextRunsWithWhatLibxml2RefusesStepAsideOrMatch(_ piece: String) {
        let body = String(repeating: "kata &lt;b&gt;biasa&lt;/b&gt; ", count: 12) + piece + String(repeating: " x &amp; y", count: 30)
        let xml = #"<rss version="2.0"><channel><item><title>t</title><description>\#(body)</description></item></channel></rss>"#
        if let r = both(Array(xml.utf8), url: "u") {
            // Skippable errors (a reference to a control character) are read through as the tree reads them.
            #expect(r.tree == r.stream, "\(piece): \(firstDifference(r.tree, r.stream))")
        }
    }

    @Test func decodeTextGivesWhatLibxml2Gives() {
        func decode(_ s: String) -> String? {
            let bytes = Array(s.utf8)
            let out = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + 1)
            defer { out.deallocate() }
            guard let n = bytes.withUnsafeBufferPointer({ XMLStream.decodeText($0, into: out) }) else { return nil }
            return String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
        }
        #expect(decode("a &lt;b&gt; &amp;amp; &#x41;&#66;\r\nc\rd") == "a <b> &amp; AB\nc\nd")
        #expect(decode("&#X41;") == nil)
        #expect(decode("&nbsp;") == nil)
        #expect(decode("x]]>") == nil)
        #expect(decode("\u{1}") == nil)
        #expect(decode("&#x1;") == nil)
        #expect(decode("\u{FFFF}") == nil)
        #expect(decode("é]]") == "é]]")
    }

    @Test func referencesAfterASkippedErrorAreDroppedAsTheTreeDropsThem() throws {
        let long = String(repeating: "kata &lt;b&gt;biasa&lt;/b&gt; &#233; ", count: 12)
        let xml = "<rss version=\"2.0\"><channel><item><title>a\u{10}b</title><description>\(long)</description></item></channel></rss>"
        let r = try #require(both(Array(xml.utf8), url: "u"), "not streamed")
        #expect(r.tree == r.stream, "\(firstDifference(r.tree, r.stream))")
        #expect(r.stream.entries.first?.summary?.value.contains("<b>") == false)
    }
}
