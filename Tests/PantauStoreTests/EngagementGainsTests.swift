import Foundation
import PantauModel
import PantauStore
import Testing

/// Weekly deltas from the engagement snapshots: what each post's counters grew by within a week.
@Suite struct EngagementGainsTests {
    let src = Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, kind: .api, url: "instagram:polrestuban")
    let t0 = Date(timeIntervalSince1970: 1_763_000_000)
    let day = 86_400.0

    func read(at: Date, _ posts: [(String, Date, Int)]) -> CrawlOutcome {
        CrawlOutcome(sourceID: src.id, runID: nil, url: src.url, at: at, status: 200, posts: posts.map { id, published, likes in
            MatchedPost(post: Post(stableID: id, text: "SIMBA", published: published, engagement: Engagement(likes: likes, comments: 1)),
                        matches: [])
        })
    }

    @Test func growthWithinTheWeekFromSnapshots() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.save(read(at: t0, [("old", t0 - day, 10)]))
        try db.save(read(at: t0 + 2 * day, [("old", t0 - day, 15), ("new", t0 + 2 * day, 40)]))
        try db.save(read(at: t0 + 5 * day, [("old", t0 - day, 22), ("new", t0 + 2 * day, 55)]))
        try db.save(read(at: t0 + 9 * day, [("old", t0 - day, 90), ("new", t0 + 2 * day, 99)]))
        let ids = Dictionary(uniqueKeysWithValues: try db.observedPosts().map { ($0.stableID, $0.id) })
        let gains = try db.engagementGains(from: t0 + day, to: t0 + 8 * day)
        // The old post: 22 at the week's end minus 10 before it; the new one counts from nothing.
        #expect(gains[ids["old"]!] == Engagement(likes: 12, comments: 0))
        #expect(gains[ids["new"]!] == Engagement(likes: 55, comments: 1))
        // A week before any snapshot tells nothing.
        #expect(try db.engagementGains(from: t0 - 10 * day, to: t0 - 3 * day).isEmpty)
    }
}
