import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import PantauTestSupport
import Testing

/// Issue 11, points 3 and 6: redirects to other schemes, `file:` URLs outside the allowed folders,
/// oversized headers. Each error names what was refused, quotes no file, and costs only its source.
@Suite struct RedirectAndFileTests {
    static let feed = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Polres Tuban</title>
        <item><title>Layanan SIMBA</title><link>https://tuban.example/1</link></item>
        <item><title>Patroli</title><link>https://tuban.example/2</link></item></channel></rss>
        """

    /// A registry folder with `sources` (id → URL) and the given settings.
    func registry(_ dir: URL, _ sources: [(String, String)], settings: String = "crawl: {robots: false}") throws -> Registry {
        var unit = "unit:\n  id: polres-tuban\n  name: Polres Tuban\n  kind: polres\nsources:\n"
        for (id, url) in sources { unit += "  - id: \(id)\n    platform: website\n    url: \(url)\n" }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try unit.write(to: dir.appendingPathComponent("polres-tuban.yaml"), atomically: true, encoding: .utf8)
        try (settings + "\n").write(to: dir.appendingPathComponent("_settings.yaml"), atomically: true, encoding: .utf8)
        return try RegistryLoader.load(directory: dir.path)
    }

    func crawl(_ reg: Registry, _ db: AppDatabase) async throws -> CrawlSummary {
        var config = FetchConfig()
        config.delayMillis = 0
        config.fileRoots = reg.settings.crawl.fileRoots
        let crawler = CrawlRun(registry: reg, database: db, engine: FetchEngine(config: config), logger: Logger(label: "test"))
        return try await crawler.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
    }

    func temp() -> URL { FileManager.default.temporaryDirectory.appendingPathComponent("pantau-redirect-\(UUID())") }

    @Test func redirectToFileIsRefusedNamingTheTargetAndNeverSuggested() async throws {
        let srv = try TestHTTPServer { req in
            switch req.path {
            case "/good.xml": .text(Self.feed)
            case "/moved.xml": .respond(status: 301, headers: ["Location": "file:///etc/passwd"])
            case "/big.xml": .respond(status: 200, headers: ["X-Padding": String(repeating: "a", count: 200_000)],
                                      body: Array(Self.feed.utf8))
            default: .respond(status: 404)
            }
        }
        defer { srv.stop() }
        let reg = try registry(temp(), [("good", "\(srv.baseURL)/good.xml"), ("moved", "\(srv.baseURL)/moved.xml"),
                                        ("big", "\(srv.baseURL)/big.xml")])
        let db = try AppDatabase.inMemory()
        let summary = try await crawl(reg, db)
        let moved = try #require(summary.errors.first { $0.source == "moved" })
        #expect(moved.problem == "redirect to file:///etc/passwd refused: only http and https redirects are followed")
        #expect(summary.moved.isEmpty)  // never offered as the source's new URL
        let big = try #require(summary.errors.first { $0.source == "big" })
        #expect(big.problem == "a response header is too large (over 100 KB), stopped")
        #expect(try db.observedPosts().filter { $0.sourceID == "good" }.count == 2)
    }

    @Test func fileURLsOnlyUnderTheRegistryOrTheFilesFolder() async throws {
        let base = temp()
        let reg = base.appendingPathComponent("feeds"), data = base.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let outside = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Self.feed.write(to: data.appendingPathComponent("f.xml"), atomically: true, encoding: .utf8)
        try Self.feed.write(to: outside.appendingPathComponent("f.xml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: reg, withIntermediateDirectories: true)
        try "PRIVATE-LINE root:x:0:0\n".write(to: reg.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let registry = try registry(reg, [
            ("data", "file://\(data.path)/f.xml"), ("outside", "file://\(outside.path)/f.xml"),
            ("sneaky", "file://\(data.path)/../elsewhere/f.xml"), ("notes", "file://\(reg.path)/notes.txt"),
        ], settings: "crawl: {robots: false, files: ../data}")
        let db = try AppDatabase.inMemory()
        let summary = try await crawl(registry, db)
        let problems = Dictionary(uniqueKeysWithValues: summary.errors.map { ($0.source, $0.problem) })
        #expect(Set(problems.keys) == ["outside", "sneaky", "notes"])
        #expect(problems["outside"]?.hasPrefix("file \(outside.path)/f.xml is outside the folders Pantau may read") == true)
        #expect(problems["sneaky"]?.hasPrefix("file \(outside.path)/f.xml is outside") == true)
        #expect(problems["notes"]?.contains("not a feed, sitemap or HTML page") == true)
        #expect(problems.values.allSatisfy { !$0.contains("PRIVATE") && !$0.contains("root:x") })
        #expect(try db.observedPosts().filter { $0.sourceID == "data" }.count == 2)
    }

    @Test func yamlAliasBombNamesItsLine() throws {
        let dir = temp()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var yaml = "unit:\n  id: u\n  name: U\n  kind: polres\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...8 { yaml += "x\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n" }
        try yaml.write(to: dir.appendingPathComponent("u.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: RegistryError.self) { try RegistryLoader.load(directory: dir.path) }
        // x5 (line 10) is the first entry that expands past 200,000 nodes.
        #expect(error.description.contains("u.yaml:10"), "\(error)")
        #expect(error.description.contains("too many YAML nodes: it expands to more than 200000 here"), "\(error)")
    }
}
