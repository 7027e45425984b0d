import Foundation
import PantauModel
import PantauStore
import Testing

/// `saveCrawled` on every backend: posts stored once, one bad outcome left out alone, matches,
/// counters and the sources' crawl history kept.
@Suite struct SaveCrawledContractTests {
    let t0 = Contract.t0
    let a = Contract.source("a"), b = Contract.source("b"), c = Contract.source("c")

    @Test(arguments: ContractBackends.all)
    func theSamePostTwiceIsStoredOnce(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a])
            let twice = Contract.outcome(a, at: t0, posts: [Contract.post("p1"), Contract.post("p1")])
            #expect(Contract.newPosts(try await store.saveCrawled([twice], owner: "w")) == [1])
            #expect(try await store.counts().posts == 1)
        }
    }

    /// A feed repeating an item: the second listing fills in an unknown publication time and its
    /// counters replace the first's (one snapshot per crawl time); every listing takes an id number,
    /// so the posts after it get the same ids on every backend.
    @Test(arguments: ContractBackends.all)
    func aPostListedTwiceInABatchIsWrittenAsListed(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a, b])
            let first = Contract.post("p1", engagement: Engagement(views: 1))
            let again = Contract.post("p1", published: t0 - Contract.hour, engagement: Engagement(views: 2))
            let batch = [Contract.outcome(a, at: t0, posts: [first, again, Contract.post("p2", engagement: Engagement(views: 5))]),
                         Contract.outcome(b, at: t0, posts: [Contract.post("q1", matches: ["inov"])])]
            #expect(Contract.newPosts(try await store.saveCrawled(batch, owner: "w")) == [2, 1])
            let posts = try await store.observedPosts(PostQuery()).posts.sorted { $0.id < $1.id }
            #expect(posts.map(\.stableID) == ["p1", "p2", "q1"])
            #expect(posts.map(\.id) == [1, 3, 4], "the repeated listing took id 2, as on SQLite")
            #expect(posts.map(\.published) == [t0 - Contract.hour, nil, nil])
            #expect(posts.map(\.engagement.views) == [2, 5, nil])
            #expect(posts.map { $0.matches.map(\.innovationID) } == [[], [], ["inov"]])
            #expect(try await store.counts().engagementSnapshots == 2)
        }
    }

    @Test(arguments: ContractBackends.all)
    func savingTheSameBatchAgainStoresNoNewPosts(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a, b])
            let batch = [Contract.outcome(a, at: t0, posts: [Contract.post("p1"), Contract.post("p2")]),
                         Contract.outcome(b, at: t0, posts: [Contract.post("p1")])]
            #expect(Contract.newPosts(try await store.saveCrawled(batch, owner: "w")) == [2, 1],
                    "the same stable id in two sources is two posts")
            #expect(Contract.newPosts(try await store.saveCrawled(batch, owner: "w")) == [0, 0])
            let counts = try await store.counts()
            #expect(counts.posts == 3 && counts.sources == 2)
        }
    }

    @Test(arguments: ContractBackends.all)
    func anOutcomeThatCannotBeSavedIsLeftOutAloneAndTheOthersAreKept(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a, b, c])
            // A post matched to the same innovation twice cannot be stored: one match per post and innovation.
            var bad = Contract.post("bad", matches: ["inov"])
            bad.matches += bad.matches
            let batch = [Contract.outcome(a, at: t0, posts: [Contract.post("pa", matches: ["inov"])]),
                         Contract.outcome(b, at: t0, posts: [Contract.post("ok"), bad]),
                         Contract.outcome(c, at: t0, posts: [Contract.post("pc")])]
            let results = try await store.saveCrawled(batch, owner: "w")
            #expect(Contract.newPosts(results) == [1, -1, 1])
            if case let .failure(error) = results[1] { #expect("\(error)".contains("source b"), "the error names the source") }
            #expect(try await store.observedPosts(PostQuery()).posts.map(\.stableID).sorted() == ["pa", "pc"],
                    "nothing of the bad outcome is stored, not even its good post")
            let health = try await store.health()
            #expect(health.map(\.lastSuccess) == [t0, nil, t0])
            let counts = try await store.counts()
            #expect(counts.posts == 2 && counts.matches == 1 && counts.matchedPosts == 1)
        }
    }

    @Test(arguments: ContractBackends.all)
    func matchesAndEngagementSnapshotsAreKept(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a])
            func crawl(_ at: Date, views: Int) async throws {
                let p = Contract.post("p1", published: t0 - Contract.hour, engagement: Engagement(views: views, likes: 2),
                                      matches: ["inov-1", "inov-2"])
                _ = try await store.saveCrawled([Contract.outcome(a, at: at, posts: [p])], owner: "w")
            }
            try await crawl(t0, views: 10)
            try await crawl(t0 + Contract.hour, views: 10)
            try await crawl(t0 + 2 * Contract.hour, views: 25)
            let counts = try await store.counts()
            #expect(counts == StoreCounts(sources: 1, posts: 1, matchedPosts: 1, matches: 2, engagementSnapshots: 2),
                    "unchanged counters add no snapshot")
            let post = try #require(try await store.observedPosts(PostQuery()).posts.first)
            #expect(post.engagement == Engagement(views: 25, likes: 2))
            #expect(post.matches.map(\.innovationID).sorted() == ["inov-1", "inov-2"])
            #expect(post.matches.first?.evidence.first?.hasPrefix("acronym: inov-") == true)
            #expect(post.firstSeen == t0 && post.lastSeen == t0 + 2 * Contract.hour && post.published == t0 - Contract.hour)
            #expect(try await store.engagementGains(from: t0 + 30 * 60, to: t0 + 3 * Contract.hour)[post.id]?.views == 15)
        }
    }

    @Test(arguments: ContractBackends.all)
    func failedCrawlsCountInARowAndASuccessStartsAgain(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a])
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0)], owner: "w")
            for i in 1...3 {
                _ = try await store.saveCrawled([Contract.outcome(a, at: t0 + Double(i) * Contract.hour,
                                                                  problem: .http(status: 503))], owner: "w")
            }
            var h = try #require(try await store.health().first)
            #expect(h.consecutiveFailures == 3 && h.lastError == "HTTP 503" && h.lastSuccess == t0 && h.isBroken)
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0 + 5 * Contract.hour)], owner: "w")
            h = try #require(try await store.health().first)
            #expect(h.consecutiveFailures == 0 && h.lastError == nil && h.lastSuccess == t0 + 5 * Contract.hour)
        }
    }
}
