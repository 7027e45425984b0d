import Foundation
import PantauMatch
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// Text with HTML reaches the matcher as plain text, turned so by Parse, on every path that is not
/// a crawl (a crawl's posts are Parse's plain text already): imports, rematch, `pantau match` lines.
@Suite struct MatchTextTests {
    let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
        sources: [Source(id: "tuban-tiktok", unitID: "polres-tuban", platform: .tiktok, url: "https://tiktok.example/@tuban")],
        innovations: [Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas Keliling")])

    static let html = "<p>Polres Tuban&nbsp;menggelar <b>SIM</b> <i>Bhabinkamtibmas</i>\n<b>Keliling</b> &amp; warga.</p>"

    @Test func anImportedRowWithHTMLIsMatchedOnItsText() throws {
        let db = try AppDatabase.inMemory()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).csv").path
        try "source,url,text\ntuban-tiktok,https://tiktok.example/v/1,\"\(Self.html)\"\n".write(toFile: path, atomically: true, encoding: .utf8)
        let s = try CSVImport.run(path: path, registry: registry, database: db, now: Date())
        #expect(s.matched == 1)
        let match = try #require(try db.observedPosts().first?.matches.first)
        #expect(match.evidence.contains("name: SIM Bhabinkamtibmas Keliling"), "\(match.evidence)")
        #expect(!match.evidence.joined().contains("<"))

        // Matched again from the stored (raw) text, the same.
        let r = try Rematch.run(registry: registry, database: db)
        #expect(r.matches == 1)
        #expect(try db.observedPosts().first?.matches.first?.evidence == match.evidence)
    }

    @Test func matchLinesReadHTMLAsText() throws {
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        let line = try JSONSerialization.data(withJSONObject: ["id": "p1", "text": Self.html, "unit": "polres-tuban"])
        var lines = [line].makeIterator()
        var out: [String] = []
        _ = MatchText.lines(matcher: matcher, name: "posts.jsonl").run(next: { lines.next() }, output: { out.append($0) }, problem: { _ in })
        #expect(out.count == 1)
        #expect(out.first?.contains("\"name: SIM Bhabinkamtibmas Keliling\"") == true, "\(out)")
    }
}
