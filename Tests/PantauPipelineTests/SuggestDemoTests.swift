import Foundation
import Logging
import PantauFetch
import PantauMatch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import Testing

/// `pantau suggest` on the demo: with the registry as a ZI team first writes it (no aliases, no
/// hashtags), the stored demo posts must give back the spellings the demo registry lists and its
/// posts use.
@Suite struct SuggestDemoTests {
    static let feeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL.path

    /// The demo crawled as `pantau demo` crawls it: its API channels answered by the demo's loopback server.
    static func crawledDemo(_ registry: Registry) async throws -> AppDatabase {
        let server = try DemoAPIServer(folder: (feeds as NSString).appendingPathComponent("api"))
        defer { server.stop() }
        var registry = registry
        server.serve(&registry)
        let db = try AppDatabase.inMemory()
        var c = FetchConfig()
        c.delayMillis = 0
        let crawler = Crawler(registry: registry, database: db, engine: FetchEngine(config: c), logger: Logger(label: "demo"))
        _ = try await crawler.crawl(registry.sources, now: { Date() }, progress: Progress(enabled: false))
        return db
    }

    @Test func leanDemoRegistryGetsItsVariantsBack() async throws {
        let full = try RegistryLoader.load(directory: Self.feeds)
        var lean = full
        lean.innovations = full.innovations.map { var i = $0; i.aliases = []; i.hashtags = []; return i }
        let db = try await Self.crawledDemo(lean)
        let result = try Suggest.run(registry: lean, database: db)
        let got = Set(result.suggestions.map { "\($0.innovationID ?? $0.unitID): \($0.spelling.lowercased())" })
        for s in result.suggestions {
            #expect(!s.examples.isEmpty && s.examples.count <= 3 && s.posts >= s.examples.count, "\(s.spelling)")
            #expect(s.examples.allSatisfy { $0.url != nil && !$0.sentence.isEmpty })
            #expect(s.yaml.count == 2 && s.yaml[1].contains(s.spelling))
        }
        // Every alias and hashtag of the demo registry that its posts use, and that the lean registry
        // does not already find, comes back as a suggestion.
        let matcher = Matcher(units: lean.units, innovations: lean.innovations)
        let texts = try db.postTexts().map { (($0.title ?? "") + " " + $0.text).lowercased() }
        var expected: [String] = []
        for inv in full.innovations {
            for spelling in inv.aliases + inv.hashtags.map({ "#" + $0 }) where texts.contains(where: { $0.contains(spelling.lowercased()) }) {
                let alone = matcher.match(MatchPost(id: "x", title: nil, text: "\(spelling) hari ini", url: nil, unitID: inv.unitID))
                if alone.contains(where: { $0.innovationID == inv.id }) { continue }
                expected.append("\(inv.id): \(spelling.lowercased().replacingOccurrences(of: "#", with: ""))")
            }
        }
        #expect(expected.count >= 8)
        for e in expected { #expect(got.contains(e), "not proposed: \(e)") }
    }

    @Test func fullDemoRegistryLeavesNothingWorthProposing() async throws {
        let full = try RegistryLoader.load(directory: Self.feeds)
        let result = try Suggest.run(registry: full, database: try await Self.crawledDemo(full))
        #expect(result.posts == 103)  // every demo post, the API channels' included
        #expect(result.suggestions.isEmpty, "\(result.suggestions.map(\.spelling))")
    }
}
