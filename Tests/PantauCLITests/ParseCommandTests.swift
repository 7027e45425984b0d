import Foundation
import Testing

/// `pantau parse` writers (and `pantau-dev conformance`) run as a user runs them: the JSON and table writers write what the parse holds.
@Suite struct ParseCommandTests {
    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>Humas "Polres" \\ Contoh</title>
        <ttl>30</ttl>
        <item><title>Kata "kutip" \\ miring\u{2028}dan Ñandú</title><link>https://polres.example.id/berita/a-b-c?x=1&amp;y=2</link>
        <description>Baris satu&#10;baris&#9;dua</description><pubDate>Mon, 16 Nov 2026 02:00:00 GMT</pubDate>
        <category>SIM</category><category>Layanan</category><slash:comments>15234</slash:comments><author>humas@polres.example.id (Budi)</author></item>
        <item><title>Tanpa tanggal</title><guid isPermaLink="false">id-2</guid></item>
        </channel></rss>
        """

    private func run(_ args: [String], command: [String] = ["parse"], executable: String = "pantau") throws -> PantauBinary.Result {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-parse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(Self.feed.utf8).write(to: dir.appendingPathComponent("feed.xml"))
        return try PantauBinary.run(command + args + ["feed.xml"], in: dir, executable: executable)
    }

    @Test func jsonWriterGivesValidJSONWithEveryField() throws {
        let r = try run(["--json"])
        #expect(r.status == 0)
        let line = try #require(r.lines.first)
        #expect(line.hasPrefix("{\"feeds\":[],\"file\":\"feed.xml\",\"format\":\"rss20\",\"links\":[],\"posts\":[{\"author\":\"Budi\""))
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(obj["title"] as? String == "Humas \"Polres\" \\ Contoh")
        #expect(obj["ttlSeconds"] as? Int == 1_800)
        #expect(obj["recovered"] as? Bool == false)
        let posts = try #require(obj["posts"] as? [[String: Any]])
        #expect(posts.count == 2)
        #expect(posts[0]["title"] as? String == "Kata \"kutip\" \\ miring dan Ñandú")  // U+2028 is whitespace in a title
        #expect(posts[0]["url"] as? String == "https://polres.example.id/berita/a-b-c?x=1&y=2")
        #expect(posts[0]["published"] as? String == "2026-11-16T02:00:00Z")
        #expect(posts[0]["categories"] as? [String] == ["SIM", "Layanan"])
        #expect((posts[0]["engagement"] as? [String: Int]) == ["comments": 15_234])
        #expect((posts[0]["text"] as? String)?.hasPrefix("Baris satu baris dua") == true)
        #expect(posts[1]["stableID"] as? String == "id-2")
        #expect(posts[1]["published"] == nil && posts[1]["url"] == nil)
    }

    @Test func tableShowsJakartaTimeAndIndonesianNumbers() throws {
        let r = try run([])
        #expect(r.status == 0)
        #expect(r.lines.first == "feed.xml: rss20 \"Humas \"Polres\" \\ Contoh\", 2 posts, ttl 30 min")
        #expect(r.lines[1] == "published (WIB)   views    likes   comments shares  title")
        #expect(r.lines[2].hasPrefix("2026-11-16 09:00  -        -       15.234   -       Kata \"kutip\""))
        #expect(r.lines[3] == "    https://polres.example.id/berita/a-b-c?x=1&y=2")
        #expect(r.lines[4] == "-                 -        -       -        -       Tanpa tanggal")
    }

    @Test func conformanceWriterGivesOneNormalisedLine() throws {
        let r = try run([], command: ["conformance"], executable: "pantau-dev")
        let line = try #require(r.lines.first)
        #expect(line.hasPrefix("{\"_file\": \"feed.xml\", \"feed\": {\"title\": \"Humas \\\"Polres\\\" \\\\ Contoh\", \"format\": \"rss20\"}"))
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let entries = try #require(obj["entries"] as? [[String: Any]])
        #expect(entries.first?["comments_count"] as? Int == 15_234)
        #expect(entries.first?["published"] as? String == "2026-11-16T02:00:00Z")
    }
}
