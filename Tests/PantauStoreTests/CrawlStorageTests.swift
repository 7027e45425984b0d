import Foundation
import PantauModel
import PantauStore
import Testing

/// `CrawlStorage` on SQLite: claims bring what a crawl needs, parses a dead process left under way
/// count as deaths (the second in a row quarantines), and a saved batch clears its parse watch and claims.
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
        #expect(c.knownIDs == ["p1", "p2"] && c.quarantine == nil)
        // Once the other holder's lease has expired, the source can be claimed.
        #expect(try await db.claimSources(["b"], owner: "me", at: t0 + 601, until: t0 + 1_200).map(\.sourceID) == ["b"])
    }

    @Test func parsesADeadProcessLeftUnderWayCountAndTheSecondDeathInARowQuarantines() async throws {
        let db = try database()
        _ = try await db.claimSources(["a", "b"], owner: "dead-1", at: t0, until: t0 + 600)
        // The dead process's journal had a's parse under way; b was claimed but not being parsed.
        let h1 = ParseMark(sourceID: "a", contentHash: "h1")
        #expect(try await db.recoverAbandonedClaims(parseDeaths: [h1], isAlive: dead, at: t0 + 60).isEmpty)
        let second = try await db.claimSources(["a", "b"], owner: "dead-2", at: t0 + 60, until: t0 + 660)
        #expect(second.count == 2, "the dead process's claims were freed")
        // a's parse stops the process again, this time marked in the store: the second death in a row.
        try await db.markParsesUnderWay([h1], owner: "dead-2", at: t0 + 61)
        #expect(try await db.recoverAbandonedClaims(parseDeaths: [], isAlive: dead, at: t0 + 120) == ["a"])
        #expect(try await db.parseQuarantines() == ["a": ParseQuarantine(sourceID: "a", since: t0 + 120, contentHash: "h1")])
        let third = try await db.claimSources(["a", "b"], owner: "me", at: t0 + 120, until: t0 + 720)
        #expect(third.map { $0.quarantine?.contentHash } == ["h1", nil])
        // A parse that lived, saved with its batch: a's count starts again, its quarantine is lifted.
        _ = try await db.saveCrawled([outcome(a, at: t0 + 121, parsed: true), outcome(b, at: t0 + 121)], owner: "me")
        #expect(try await db.parseQuarantines().isEmpty)
        #expect(try await db.recoverAbandonedClaims(parseDeaths: [h1], isAlive: dead, at: t0 + 180).isEmpty)
        #expect(try await db.claimSources(["a", "b"], owner: "other", at: t0 + 181, until: t0 + 781).count == 2,
                "the save released both claims")
    }

    @Test func aLiveOwnersClaimIsLeftAlone() async throws {
        let db = try database()
        _ = try await db.claimSources(["a"], owner: "alive-1", at: t0, until: t0 + 600)
        #expect(try await db.recoverAbandonedClaims(parseDeaths: [], isAlive: dead, at: t0 + 60).isEmpty)
        #expect(try await db.claimSources(["a"], owner: "me", at: t0 + 60, until: t0 + 660).isEmpty)
        #expect(try await db.claimSources(["a"], owner: "me", at: t0 + 601, until: t0 + 1_200).count == 1,
                "taken over once its lease expired")
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
