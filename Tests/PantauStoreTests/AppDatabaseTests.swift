import Foundation
import PantauModel
import PantauStore
import Testing

@Suite struct AppDatabaseTests {
    let src = Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "file:///x.xml")
    let t0 = Date(timeIntervalSince1970: 1_763_000_000)

    func outcome(_ posts: [MatchedPost], at: Date, problem: CrawlProblem? = nil) -> CrawlOutcome {
        CrawlOutcome(sourceID: src.id, runID: nil, url: src.url, at: at, status: 200, bytes: 100,
                     problem: problem, etag: "\"e1\"", posts: posts)
    }

    func post(_ id: String, views: Int? = nil) -> MatchedPost {
        MatchedPost(post: Post(stableID: id, url: "https://x/\(id)", title: "Judul \(id)", text: "SIMBA di Tuban",
                               published: t0, engagement: Engagement(views: views)),
                    matches: [InnovationMatch(innovationID: "simba", score: 0.9, evidence: ["acronym: SIMBA"])])
    }

    @Test func secondCrawlAddsNothingTwice() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        #expect(try db.save(outcome([post("a", views: 10), post("b")], at: t0)) == 2)
        #expect(try db.save(outcome([post("a", views: 10), post("b")], at: t0 + 3_600)) == 0)
        let c = try db.counts()
        #expect(c.posts == 2)
        #expect(c.matches == 2)
        #expect(c.engagementSnapshots == 1)
        let posts = try db.observedPosts()
        #expect(posts.count == 2)
        #expect(posts.first { $0.stableID == "a" }?.lastSeen == t0 + 3_600)
        #expect(posts.first { $0.stableID == "a" }?.matches.first?.evidence == ["acronym: SIMBA"])
        #expect(posts.first?.textSHA256.count == 64)
    }

    @Test func changedCountersAddASnapshot() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.save(outcome([post("a", views: 10)], at: t0))
        try db.save(outcome([post("a", views: 25)], at: t0 + 60))
        #expect(try db.counts().engagementSnapshots == 2)
        #expect(try db.observedPosts().first?.engagement.views == 25)
    }

    @Test func failuresCountAndSuccessResets() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.save(outcome([], at: t0, problem: .http(status: 500)))
        try db.save(outcome([], at: t0 + 1, problem: .http(status: 500)))
        #expect(try db.health().first?.consecutiveFailures == 2)
        #expect(try db.health().first?.lastError == "HTTP 500")
        try db.save(outcome([], at: t0 + 2))
        let h = try #require(try db.health().first)
        #expect(h.consecutiveFailures == 0)
        #expect(h.lastSuccess == t0 + 2)
        #expect(try db.sourceStates()[src.id]?.etag == "\"e1\"")
    }

    /// A batch where one source cannot be saved (two matches of one post to the same innovation
    /// break the match table's key) keeps the other sources and leaves nothing of the failing one.
    @Test func batchSaveKeepsTheOthersWhenOneFails() throws {
        let db = try AppDatabase.inMemory()
        let other = Source(id: "tuban-yt", unitID: "polres-tuban", platform: .youtube, url: "file:///y.xml")
        let third = Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, url: "file:///z.xml")
        try db.syncSources([src, other, third])
        var broken = post("b")
        broken.matches.append(broken.matches[0])
        func outcome(_ s: Source, _ p: MatchedPost) -> CrawlOutcome {
            CrawlOutcome(sourceID: s.id, runID: nil, url: s.url, at: t0, status: 200, bytes: 100, etag: "\"\(s.id)\"", posts: [p])
        }
        let results = try db.save([outcome(src, post("a")), outcome(other, broken), outcome(third, post("c"))],
                                  releasingLeasesOf: nil)
        #expect(results.count == 3)
        #expect((try? results[0].get()) == 1)
        #expect((try? results[1].get()) == nil)
        #expect((try? results[2].get()) == 1)
        #expect(Set(try db.observedPosts().map(\.stableID)) == ["a", "c"])
        let states = try db.sourceStates()
        #expect(states[src.id]?.etag == "\"tuban-web\"")
        #expect(states[other.id]?.etag == nil)
        #expect(states[other.id]?.lastAttempt == nil)
        #expect(states[third.id]?.etag == "\"tuban-ig\"")
    }

    @Test func changedURLForgetsValidators() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([src])
        try db.save(outcome([], at: t0))
        var moved = src
        moved.url = "https://new.example/feed"
        try db.syncSources([moved])
        #expect(try db.sourceStates()[src.id]?.etag == nil)
    }

    @Test func fileDatabaseReopensWithData() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).sqlite").path
        do {
            let db = try AppDatabase(path: path)
            try db.syncSources([src])
            try db.save(outcome([post("a")], at: t0))
        }
        let again = try AppDatabase(path: path)
        #expect(try again.counts().posts == 1)
        #expect(try again.integrityCheck() == "ok")
    }
}

@Suite struct LeaseTests {
    @Test func onlyOneHolderUntilExpiry() throws {
        let db = try AppDatabase.inMemory()
        try db.syncSources([Source(id: "s", unitID: "u", platform: .website, url: "file:///x")])
        let t = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(try db.acquireLease(sourceID: "s", owner: "a", now: t, until: t + 300))
        #expect(try db.acquireLease(sourceID: "s", owner: "b", now: t + 10, until: t + 310) == false)
        #expect(try db.acquireLease(sourceID: "s", owner: "b", now: t + 301, until: t + 600))
        try db.releaseLease(sourceID: "s", owner: "b")
        #expect(try db.acquireLease(sourceID: "s", owner: "a", now: t + 302, until: t + 600))
    }
}
