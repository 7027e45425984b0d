import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// A feed that changed: only its new posts are stored and matched; nothing already stored changes
/// or repeats.
@Suite struct CrawlIncrementalTests {
    @Test func changedFeedAddsOnlyItsNewPostAndThatPostsMatches() async throws {
        let feed = try FeedServer()
        feed.publish([("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700"),
                      ("2", "Patroli malam di alun-alun", "Tue, 17 Nov 2026 20:00:00 +0700")])
        let e2e = CrawlEndToEndTests()
        let reg = try e2e.registry(feed.server.baseURL)
        let db = try AppDatabase.inMemory()
        let c = e2e.crawler(reg, db)
        let web = [try #require(reg.source("tuban-web"))]
        let first = try await c.syncAndRun(web, now: { Date() }, progress: Progress(enabled: false))
        #expect(first.newPosts == 2)
        #expect(first.newMatches == 1)

        feed.publish([("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700"),
                      ("2", "Patroli malam di alun-alun", "Tue, 17 Nov 2026 20:00:00 +0700"),
                      ("3", "SIMBA kembali menyapa warga Senori", "Thu, 19 Nov 2026 10:00:00 +0700")])
        let second = try await c.syncAndRun(web, now: { Date() }, progress: Progress(enabled: false))
        #expect(second.fetched == 1)
        #expect(second.newPosts == 1)
        #expect(second.newMatches == 1)
        let totals = try #require(second.totals)
        #expect(totals.posts == 3)
        #expect(totals.matches == 2)
        let posts = try db.observedPosts()
        #expect(Set(posts.map(\.stableID)).count == 3)
        #expect(posts.first { $0.title?.hasPrefix("Layanan SIMBA") == true }?.matches.map(\.innovationID) == ["polres-tuban-simba"])
    }
}
