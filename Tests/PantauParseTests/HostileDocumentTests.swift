import Foundation
import PantauModel
import PantauConformance
import PantauParse
import Testing

/// Documents written to hurt the parser: each must give a clear error or a bounded best-effort parse.
struct HostileDocumentTests {
    /// Every string a parse produced, to look for leaked or exploded content.
    private func allText(_ o: ParseOutcome) -> String {
        ([o.title ?? ""] + o.posts.flatMap { [$0.title ?? "", $0.text, $0.author ?? "", $0.url ?? "", $0.stableID] + $0.categories })
            .joined(separator: "\n")
    }

    @Test func externalEntityIsNeverRead() throws {
        let secret = "PANTAU-SECRET-\(UInt32.random(in: 0...UInt32.max))"
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-xxe-\(secret).txt")
        try secret.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let doc = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "\(file.absoluteString)"><!ENTITY % p SYSTEM "\(file.absoluteString)"> %p;]>
            <rss version="2.0"><channel><title>t &xxe;</title>
            <item><title>a &xxe; b</title><description>&xxe;</description><guid>g1</guid></item></channel></rss>
            """
        let out = try parse(Array(doc.utf8))
        #expect(!allText(out).contains(secret))
        #expect(out.posts.count == 1)
        let line = ConformanceJSON.line(Array(doc.utf8), file: "xxe.xml")
        #expect(!line.contains(secret))
    }

    @Test func billionLaughsDoesNotExpand() {
        var dtd = "<!ENTITY lol0 \"lol\">"
        for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [\(dtd)]><rss version=\"2.0\"><channel><title>&lol9;</title>"
            + "<item><title>&lol9;</title><description>&lol9;&lol9;</description></item></channel></rss>"
        do {
            let out = try parse(Array(doc.utf8))
            // 10^9 "lol"s would be 3 GB; anything kept must stay within the entity budget.
            #expect(allText(out).utf8.count < 5_000_000)
        } catch {
            #expect(error.description.contains("XML"))
        }
    }

    @Test func hundredThousandDeepNestingIsBounded() throws {
        let depth = 100_000
        let xml = "<rss version=\"2.0\"><channel><item><title>deep</title><description>"
            + String(repeating: "<x>", count: depth) + "bottom" + String(repeating: "</x>", count: depth)
            + "</description></item></channel></rss>"
        do {
            let out = try parse(Array(xml.utf8))
            #expect(out.posts.count <= 1)
        } catch {
            #expect(error.description.contains("XML"))
        }
        let html = "<!DOCTYPE html><html><body><h1>Judul</h1>" + String(repeating: "<div>", count: depth) + "isi"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = try parse(Array(html.utf8), url: "https://x.example.id/a/b-c-d", kind: .page)
        #expect(page.format.hasPrefix("html"))
    }

    @Test func fiftyMegabyteTextNodeIsBounded() {
        var bytes = Array("<rss version=\"2.0\"><channel><item><guid>big</guid><title>besar</title><description>".utf8)
        bytes.append(contentsOf: [UInt8](repeating: 0x61, count: 50 * 1_024 * 1_024))
        bytes.append(contentsOf: Array("</description></item></channel></rss>".utf8))
        do {
            let out = try parse(bytes)
            #expect(out.posts.count <= 1)
        } catch {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func binaryGarbageIsAClearError() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let garbage = (0..<4_096).map { _ in UInt8.random(in: 0...255, using: &rng) }
            do {
                _ = try parse(garbage)
            } catch {
                #expect(error.description.hasPrefix("https://example.id/feed"))
            }
            // Garbage after a plausible start is also survived.
            _ = try? parse(Array("<rss version=\"2.0\">".utf8) + garbage)
            _ = try? parse(Array("{\"version\":\"https://jsonfeed.org/version/1.1\",".utf8) + garbage)
        }
    }

    @Test func truncatedFeedIsReadUpToTheCut() throws {
        let full = try fixture("wordpress", "xml")
        let cut = Array(full.prefix(full.count * 3 / 4))
        do {
            let out = try parse(cut, url: "https://polres-contoh.example.id/feed/")
            #expect(out.recovered)
            #expect(out.format == "rss20")
        } catch {
            #expect(error.description.contains("XML"))
        }
    }

    @Test func feedClaimingUTF8ButWrittenInWindows1252StillParses() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><guid>1</guid><title>Caf".utf8)
        bytes += [0xE9, 0x20, 0x93, 0x6B, 0x6F, 0x70, 0x69, 0x94]  // "é “kopi”" in windows-1252
        bytes += Array("</title></item></channel></rss>".utf8)
        let out = try parse(bytes)
        let title = try #require(out.posts.first?.title)
        #expect(title.hasPrefix("Caf"))
        #expect(title.contains("kopi"))
        #expect(title.contains("\u{FFFD}"))
    }
}
