import Foundation
import PantauParse
import Testing

/// Declared encodings, byte-order marks and the HTTP charset.
struct EncodingTests {
    private func rss(title: String, encoding: String) -> String {
        "<?xml version=\"1.0\" encoding=\"\(encoding)\"?><rss version=\"2.0\"><channel><item><guid>1</guid><title>\(title)</title></item></channel></rss>"
    }

    @Test func utf8WithByteOrderMark() throws {
        let out = try parse([0xEF, 0xBB, 0xBF] + Array(rss(title: "Polisi Sahabat Anak – Jakarta", encoding: "UTF-8").utf8))
        #expect(out.posts.first?.title == "Polisi Sahabat Anak – Jakarta")
    }

    @Test func declaredWindows1251() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><item><guid>1</guid><title>".utf8)
        bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]  // "Привет"
        bytes += Array("</title></item></channel></rss>".utf8)
        #expect(try parse(bytes).posts.first?.title == "Привет")
    }

    @Test func declaredISO88591() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><guid>1</guid><title>".utf8)
        bytes += [0x53, 0xE3, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0x6F]  // "São Paulo"
        bytes += Array("</title></item></channel></rss>".utf8)
        #expect(try parse(bytes).posts.first?.title == "São Paulo")
    }

    @Test func httpCharsetTakesPrecedenceOverTheDeclaration() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><guid>1</guid><title>".utf8)
        bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        bytes += Array("</title></item></channel></rss>".utf8)
        let out = try parse(bytes, contentType: "application/rss+xml; charset=windows-1251")
        #expect(out.posts.first?.title == "Привет")
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = rss(title: "Bhabinkamtibmas", encoding: "UTF-16")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(try parse(bytes).posts.first?.title == "Bhabinkamtibmas")
    }

    @Test func htmlMetaCharsetIsHonoured() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>x</title><meta property=\"og:type\" content=\"article\"></head><body><h1>Caf".utf8)
        bytes += [0xE9]
        bytes += Array("</h1><p>isi berita</p></body></html>".utf8)
        let out = try parse(bytes, url: "https://x.example.id/berita/a-b-c", kind: .page)
        // The headline (h1) wins over <title>; its "é" came from byte 0xE9 in windows-1252.
        #expect(out.posts.first?.title == "Café")
    }

    @Test(arguments: [[0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80]] as [[UInt8]])
    func surrogatesOverlongsAndOutOfRangeAreReplaced(_ bad: [UInt8]) throws {
        var bytes = Array(rss(title: "AB", encoding: "UTF-8").utf8)
        let i = bytes.firstIndex(of: 0x41)!
        bytes.insert(contentsOf: bad, at: i + 1)
        let title = try #require(try parse(bytes).posts.first?.title)
        #expect(title.hasPrefix("A\u{FFFD}"))
        #expect(title.hasSuffix("B"))
    }

    @Test func invalidBytesAreReplacedNotFatal() throws {
        var bytes = Array(rss(title: "A", encoding: "UTF-8").utf8)
        let i = bytes.firstIndex(of: 0x41)!  // the title "A"
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: i + 1)
        let title = try #require(try parse(bytes).posts.first?.title)
        #expect(title.hasPrefix("A"))
        #expect(title.contains("\u{FFFD}"))
    }
}
