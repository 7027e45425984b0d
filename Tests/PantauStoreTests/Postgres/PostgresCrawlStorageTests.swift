import Foundation
import PantauModel
import PantauStore
import Testing

/// `CrawlStorage` on PostgreSQL with several workers: claims never overlap, an expired lease (a worker
/// killed with kill -9) is taken over, a post is stored once, a bad outcome is left out alone.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresCrawlStorageTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    func sources(_ n: Int) -> [Source] {
        (0..<n).map { Source(id: String(format: "s%03d", $0), unitID: "u", platform: .website, url: "https://s\($0).example/feed") }
    }

    func outcome(_ id: String, at: Date, posts: [String] = []) -> CrawlOutcome {
        CrawlOutcome(sourceID: id, runID: nil, url: "https://\(id).example/feed", at: at, status: 200, etag: "\"\(id)\"",
                     nextDue: at + 3_600, posts: posts.map {
                         MatchedPost(post: Post(stableID: $0, url: nil, title: $0, text: "teks \($0)"),
                                     matches: [InnovationMatch(innovationID: "i1", score: 0.5, evidence: ["teks"])])
                     })
    }

    @Test func twoWorkersClaimingTheSameDueSourcesAtOnceNeverBothGetOne() async throws {
        try await PostgresTestServer.withStore { store in
            let all = sources(300)
            try await store.syncSources(all)
            let other = try await PostgresStore(url: PostgresTestServer.url(database: store.address.database))
            let due = try await store.dueSourceIDs(at: t0)
            #expect(due.count == 300)
            let ids = due.sorted()
            // Each worker claims the whole due list in windows of 50, as a run does, both at once.
            async let first = claimAll(ids, store: store, owner: "host-a:1:x")
            async let second = claimAll(ids, store: other, owner: "host-b:2:y")
            let (a, b) = try await (first, second)
            #expect(a.isDisjoint(with: b), "no source claimed by both")
            #expect(a.union(b) == Set(ids), "every due source claimed by one of them")
            await other.close()
        }
    }

    func claimAll(_ ids: [String], store: PostgresStore, owner: String) async throws -> Set<String> {
        var got = Set<String>()
        var start = 0
        while start < ids.count {
            let window = Array(ids[start..<min(start + 50, ids.count)])
            got.formUnion(try await store.claimSources(window, owner: owner, at: t0, until: t0 + 600).map(\.sourceID))
            start += 50
        }
        return got
    }

    @Test func aDeadWorkersLeaseIsTakenOverOnceItExpires() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.syncSources(sources(2))
            // A worker on another host claims both and is killed (kill -9): nothing is given back.
            #expect(try await store.claimSources(["s000", "s001"], owner: "far:99:z", at: t0, until: t0 + 600).count == 2)
            // Its host cannot be checked from here: it is presumed alive until the lease expires.
            _ = try await store.recoverAbandonedClaims(parseDeaths: [], isAlive: { _ in true }, at: t0 + 300)
            #expect(try await store.claimSources(["s000", "s001"], owner: "me:1:a", at: t0 + 300, until: t0 + 900).isEmpty)
            let later = try await store.claimSources(["s000", "s001"], owner: "me:1:a", at: t0 + 601, until: t0 + 1_200)
            #expect(later.map(\.sourceID) == ["s000", "s001"])
            // Saving releases the lease; the owner that lost it cannot take it back from the new holder.
            let saved = try await store.saveCrawled([outcome("s000", at: t0 + 602)], owner: "me:1:a")
            #expect((try? saved.first?.get()) == 0)
            #expect(try await store.claimSources(["s000", "s001"], owner: "far:99:z", at: t0 + 603, until: t0 + 1_203)
                .map(\.sourceID) == ["s000"])
        }
    }

    @Test func theSamePostSavedByTwoWorkersAtOnceIsStoredOnce() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.syncSources(sources(1))
            let other = try await PostgresStore(url: PostgresTestServer.url(database: store.address.database))
            async let a = store.saveCrawled([outcome("s000", at: t0, posts: ["p1", "p2"])], owner: "a")
            async let b = other.saveCrawled([outcome("s000", at: t0 + 1, posts: ["p2", "p1"])], owner: "b")
            let (ra, rb) = try await (a, b)
            let newPosts = [ra, rb].flatMap { $0 }.map { (try? $0.get()) ?? -1 }
            #expect(newPosts.reduce(0, +) == 2, "each post new exactly once: \(newPosts)")
            let counts = try await store.counts()
            #expect(counts.posts == 2 && counts.matches == 2)
            await other.close()
        }
    }

    @Test func anOutcomeThatCannotBeSavedIsLeftOutAloneAndTheBatchKept() async throws {
        try await PostgresTestServer.withStore { store in
            try await store.syncSources(sources(2))
            var bad = outcome("not-in-store", at: t0, posts: ["x"])
            bad.channel = APIChannelState(state: .seen)
            let results = try await store.saveCrawled([outcome("s000", at: t0, posts: ["p1"]), bad,
                                                       outcome("s001", at: t0, posts: ["p2"])], owner: "me")
            #expect(results.count == 3)
            #expect((try? results[0].get()) == 1 && (try? results[2].get()) == 1)
            guard case let .failure(e) = results[1] else { Issue.record("the bad outcome was saved"); return }
            #expect("\(e)".contains("not-in-store"))
            #expect(try await store.counts().posts == 2, "the bad outcome's post was rolled back with it")
            let claimed = try await store.claimSources(["s000"], owner: "me", at: t0 + 1, until: t0 + 601)
            #expect(claimed.first?.knownIDs == ["p1"] && claimed.first?.state.etag == "\"s000\"")
            #expect(claimed.first?.state.nextDue == t0 + 3_600 && claimed.first?.state.lastSuccess == t0)
        }
    }
}
