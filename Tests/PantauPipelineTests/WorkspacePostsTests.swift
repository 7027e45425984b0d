import Foundation
import PantauModel
import PantauPipeline
import Testing

/// Sources' health, CSV import, rematch and suggest through the Workspace.
@Suite struct WorkspacePostsTests {
    @Test func sourcesNeverReadAreSaidAsSuchThenTheirHealthAfterACrawl() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let ws = try WorkspaceFixture(feedBase: feed.server.baseURL).open()
        let before = try await ws.sources()
        #expect(before.health.map(\.sourceID) == ["tuban-broken", "tuban-garbage", "tuban-web"])
        #expect(before.health.allSatisfy { $0.lastAttempt == nil && $0.lastSuccess == nil })
        _ = try await ws.crawl(CrawlRequest(all: true))
        let after = try await ws.sources()
        let byID = Dictionary(uniqueKeysWithValues: after.health.map { ($0.sourceID, $0) })
        #expect(byID["tuban-web"]?.lastSuccess != nil)
        #expect(byID["tuban-broken"]?.consecutiveFailures == 1)
        #expect(byID["tuban-broken"]?.lastError == "HTTP 500")
        #expect(after.visibility["polres-tuban"]?.isEmpty == false)
    }

    @Test func aCSVExportIsImportedOnceAndABadOneStoresNothing() async throws {
        let f = try WorkspaceFixture()
        let ws = try f.open()
        let csv = f.folder.appendingPathComponent("tiktok.csv").path
        try "sumber;url;judul;tanggal;tayangan\ntuban-garbage;https://tiktok.example/v/1;Layanan SIMBA di Jenu;2026-11-18;12.400\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let first = try await ws.importCSV(csv)
        #expect((first.rows, first.newPosts, first.matched) == (1, 1, 1))
        let again = try await ws.importCSV(csv)
        #expect(again.newPosts == 0)
        #expect(try await ws.store.counts().posts == 1)
        let posts = try await ws.store.observedPosts(PostQuery()).posts
        #expect(posts.first?.engagement.views == 12_400)
        #expect(posts.first?.importedFrom == "tiktok.csv:2")

        let bad = f.folder.appendingPathComponent("bad.csv").path
        try "source,url,views\ntuban-garbage,https://tiktok.example/v/2,10\nnope,https://x.example/3,5\n"
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let error = try await #require(throws: ImportError.self) { try await ws.importCSV(bad) }
        #expect(error.problems.first?.hasPrefix("line 3, column 1: source \"nope\"") == true)
        #expect(try await ws.store.counts().posts == 1)
    }

    @Test func rematchLinksOldPostsToANewAliasAndSuggestWritesNothing() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47 + [("3", "Kunjungan pelajar ke TLL Senori pagi ini", "Wed, 18 Nov 2026 08:00:00 +0700")])
        let f = try WorkspaceFixture(feedBase: feed.server.baseURL)
        _ = try await f.open().crawl(CrawlRequest(all: true))
        let same = try await f.open().rematch()
        #expect((same.posts, same.matchedPosts, same.matches) == (3, 1, 1))

        // The registry learns the alias; the stored posts are matched again.
        try WorkspaceFixture.unit(feed.server.baseURL, aliases: ["TLL Senori"])
            .write(toFile: f.registry + "/polres-tuban.yaml", atomically: true, encoding: .utf8)
        let ws = try f.open()
        let more = try await ws.rematch()
        #expect((more.posts, more.matchedPosts, more.matches) == (3, 2, 2))
        let posts = try await ws.store.observedPosts(PostQuery()).posts
        #expect(posts.first { $0.title?.contains("TLL Senori") == true }?.matches.map(\.innovationID) == ["polres-tuban-senyap"])

        let unitFile = try String(contentsOfFile: f.registry + "/polres-tuban.yaml", encoding: .utf8)
        let suggestions = try await ws.suggest()
        #expect(suggestions.posts == 3)
        #expect(try String(contentsOfFile: f.registry + "/polres-tuban.yaml", encoding: .utf8) == unitFile)
    }
}
