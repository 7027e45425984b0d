import Foundation
import PantauModel
import PantauPipeline
import Testing

/// The store-less use cases: reading and parsing a file, matching posts given as JSON Lines.
@Suite struct WorkspaceFilesTests {
    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Polres Tuban</title><link>https://tuban.example/</link>
        <item><title>Layanan SIMBA hadir</title><link>https://tuban.example/1</link><pubDate>Mon, 16 Nov 2026 09:00:00 +0700</pubDate></item>
        <item><title>Patroli malam</title><link>https://tuban.example/2</link><pubDate>Tue, 17 Nov 2026 20:00:00 +0700</pubDate></item>
        </channel></rss>
        """

    @Test func aFeedFileGivesItsPostsAndDatesAreReadAsIndonesiansWriteThem() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).xml").path
        try Self.rss.write(toFile: path, atomically: true, encoding: .utf8)
        let file = try FileInput.read("file://" + path)
        #expect(file.url.hasPrefix("file:///") && file.url.hasSuffix(".xml"))
        let clock = try #require(Workspace.parseDate("2026-11-23T10:00:00+07:00"))
        let outcome = try Workspace.parse(file, kind: .feed, fetchedAt: clock)
        #expect(outcome.format == "rss20")
        #expect(outcome.title == "Polres Tuban")
        #expect(outcome.posts.map(\.url) == ["https://tuban.example/1", "https://tuban.example/2"])
        #expect(outcome.posts[0].published == Workspace.parseDate("2026-11-16T09:00:00+07:00"))
        #expect(Workspace.parseDate("3 jam yang lalu", relativeTo: clock) == clock.addingTimeInterval(-10_800))
        #expect(Workspace.parseDate("bukan tanggal") == nil)
    }

    @Test func inputsThatAreNotLocalFilesAreRefusedByName() throws {
        let dir = FileManager.default.temporaryDirectory.path
        #expect(throws: FileInput.Problem.self) { try FileInput.read("https://tuban.example/feed.xml") }
        for (input, words) in [("https://tuban.example/feed.xml", "http(s) is fetched by `pantau crawl`"),
                               ("/nope/\(UUID()).xml", "no such file"), (dir, "is a directory")] {
            do { _ = try FileInput.read(input); Issue.record("\(input) was read") } catch {
                #expect(error.description.hasPrefix(input) && error.description.contains(words))
            }
        }
    }

    @Test func postsAsJSONLinesAreMatchedInOrderAndABadLineIsNamed() throws {
        let f = try WorkspaceFixture()
        let matcher = PostMatcher(registry: try Workspace.loadRegistry(f.registry))
        #expect(matcher.match(id: "a", title: "Layanan SIMBA hadir", text: "", url: nil, unitID: "polres-tuban")
            .map(\.innovationID) == ["polres-tuban-simba"])
        var lines = [#"{"id": "1", "title": "Layanan SIMBA hadir di Jenu", "text": "", "unit": "polres-tuban"}"#,
                     "not json", #"{"id": "2", "title": "Patroli malam", "text": ""}"#].map { Data($0.utf8) }[...]
        var out: [String] = [], problems: [String] = []
        let (count, failed) = matcher.matchLines(name: "posts.jsonl", next: { lines.popFirst() },
                                                 output: { out.append($0) }, problem: { problems.append($0) })
        #expect((count, failed) == (3, 1))
        #expect(out.count == 2)
        #expect(out[0].hasPrefix(#"{"post": "1""#) && out[0].contains("polres-tuban-simba"))
        #expect(out[1].hasPrefix(#"{"post": "2", "innovations": []"#))
        #expect(problems.count == 1 && problems[0].contains("posts.jsonl") && problems[0].contains("2"))
    }
}
