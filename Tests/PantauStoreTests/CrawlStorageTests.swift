import Foundation
import PantauModel
import PantauStore
import Testing

/// `CrawlStorage` on SQLite: claims bring what a crawl needs, claims left by a dead process make
/// suspects, a suspect's own death counts, and a saved batch clears its marks and claims.
@Suite struct CrawlStorageTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    let a = Source(id: "a", unitID: "u", platform: .website, url: "https://a.example/feed.xml")
    let b = Source(id: "b", unitID: "u", platform: .website, url: "https://b.example/feed.xml")
    let dead: @Sendable (String) -> Bool = { !$0.hasPrefix("dead") }

    func outcome(_ s: Source, at: Date, parsed: Bool = false, posts: [String] = []) -> CrawlOutcome {
        var o = CrawlOutcome(sourceID: s.id, runID: nil, url: s.url, at: at, status: 200, etag: "\"\(s.id)\"",
                             nextDue: at + 3_600, posts: posts.map {
                                 MatchedPost(post: Post(stableID: $0, url: nil, title: $0, text: "teks \($0)"), matches: [])
                             })
        o.parsed = parsed
        return o
    }

    func database() throws -> AppDatabase {
        let db = try AppDatabase.inMemory()
        try db.syncSources([a, b])
        return db
    }

    @Test func aClaimBringsStateAndKnownPostsAndLeavesOutWhatOthersHold() async throws {
        let db = try database()
        _ = try await db.saveCrawled([outcome(a, at: t0, posts: ["p1", "p2"])], owner: "me")
        #expect(try db.acquireLease(sourceID: "b", owner: "other", now: t0, until: t0 + 600))
        let claimed = try await db.claimSources(["a", "b", "missing"], owner: "me", at: t0 + 1, until: t0 + 601)
        #expect(claimed.map(\.sourceID) == ["a"])
        let c = try #require(claimed.first)
        #expect(c.state.etag == "\"a\"" && c.state.lastSuccess == t0 && c.state.nextDue == t0 + 3_600)
        #expect(c.knownIDs == ["p1", "p2"] && c.deaths == 0 && c.quarantine == nil)
        // Once the other holder's lease has expired, the source can be claimed.
        #expect(try await db.claimSources(["b"], owner: "me", at: t0 + 601, until: t0 + 1_200).map(\.sourceID) == ["b"])
    }

    @Test func claimsLeftByADeadProcessMakeSuspectsAndOnlyASuspectsOwnDeathQuarantines() async throws {
        let db = try database()
        _ = try await db.claimSources(["a", "b"], owner: "dead-1", at: t0, until: t0 + 600)
        _ = try await db.saveCrawled([outcome(b, at: t0, parsed: true)], owner: "dead-1")  // b was saved in time
        #expect(try await db.recoverAbandonedClaims(isAlive: dead, at: t0 + 60).isEmpty)
        let second = try await db.claimSources(["a", "b"], owner: "dead-2", at: t0 + 60, until: t0 + 660)
        #expect(second.map(\.deaths) == [1, 0], "a was under way when its process died: a suspect")
        // a's parse, alone under its own mark, stops the process: its second death in a row.
        try await db.markParsesUnderWay([ParseMark(sourceID: "a", contentHash: "h1")], owner: "dead-2", at: t0 + 61)
        #expect(try await db.recoverAbandonedClaims(isAlive: dead, at: t0 + 120) == ["a"])
        #expect(try await db.parseQuarantines()["a"] == ParseQuarantine(sourceID: "a", since: t0 + 120, contentHash: "h1"))
        // b was only claimed by the dead process: a suspect, never quarantined for that.
        #expect(try await db.parseQuarantines()["b"] == nil)
        let third = try await db.claimSources(["a", "b"], owner: "me", at: t0 + 120, until: t0 + 720)
        #expect(third.count == 2, "the dead process's claims were freed")
        #expect(third[0].quarantine?.contentHash == "h1" && third[1].deaths == 1)
        // A parse that lived, saved with its batch: a's watch is cleared; b was not parsed, it stays a suspect.
        let saved = try await db.saveCrawled([outcome(a, at: t0 + 121, parsed: true), outcome(b, at: t0 + 121)], owner: "me")
        #expect(saved.count == 2)
        #expect(try await db.parseQuarantines().isEmpty)
        let fourth = try await db.claimSources(["a", "b"], owner: "other", at: t0 + 122, until: t0 + 722)
        #expect(fourth.map(\.deaths) == [0, 1], "the save released both claims")
    }

    @Test func aLiveOwnersClaimIsLeftAloneUntilItExpires() async throws {
        let db = try database()
        _ = try await db.claimSources(["a"], owner: "alive-1", at: t0, until: t0 + 600)
        #expect(try await db.recoverAbandonedClaims(isAlive: dead, at: t0 + 60).isEmpty)
        #expect(try await db.claimSources(["a"], owner: "me", at: t0 + 60, until: t0 + 660).isEmpty)
        _ = try await db.recoverAbandonedClaims(isAlive: dead, at: t0 + 601)
        #expect(try await db.claimSources(["a"], owner: "me", at: t0 + 601, until: t0 + 1_200).map(\.deaths) == [1])
    }

    @Test func dueSourcesAreTheNeverCrawledAndThoseWhoseTimeCame() async throws {
        let db = try database()
        #expect(try await db.dueSourceIDs(at: t0) == ["a", "b"])
        _ = try await db.saveCrawled([outcome(a, at: t0)], owner: "me")
        #expect(try await db.dueSourceIDs(at: t0 + 60) == ["b"])
        #expect(try await db.dueSourceIDs(at: t0 + 3_600) == ["a", "b"])
        try db.syncSources([a])
        #expect(try await db.dueSourceIDs(at: t0 + 3_600) == ["a"], "a source out of the registry is not due")
    }
}
