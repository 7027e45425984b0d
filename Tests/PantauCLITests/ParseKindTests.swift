import Foundation
import Testing

/// `pantau parse --kind`: the kinds a file can be parsed as; `api` sources are read through a
/// platform's API by `pantau crawl`, so `--kind api` is refused with the kinds that work.
@Suite struct ParseKindTests {
    @Test func kindAPIIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-parse-kind-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<rss version=\"2.0\"><channel><title>x</title></channel></rss>".write(
            to: dir.appendingPathComponent("feed.xml"), atomically: true, encoding: .utf8)
        let refused = try PantauBinary.run(["parse", "--kind", "api", "feed.xml"], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--kind must be feed, page or sitemap, not \"api\""))
        let accepted = try PantauBinary.run(["parse", "--kind", "feed", "feed.xml"], in: dir)
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }
}
