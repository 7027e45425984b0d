import Foundation
import PantauModel
import PantauStore
import Testing

/// What the weekly report, the evidence export and a rematch read and write, on every backend.
@Suite struct ReportContractTests {
    let t0 = Contract.t0, day = Contract.day
    let a = Contract.source("a"), b = Contract.source("b", unit: "u2", platform: .youtube)

    @Test(arguments: ContractBackends.all)
    func aWeeksQueryGivesThatWeeksPostsOldestFirstWithCountersAndMatches(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a, b])
            _ = try await store.saveCrawled([
                Contract.outcome(a, at: t0, posts: [
                    Contract.post("old", published: t0 - 10 * day),
                    Contract.post("late", published: t0 - day, engagement: Engagement(views: 7), matches: ["inov"]),
                    Contract.post("unpublished"),
                ]),
                Contract.outcome(b, at: t0, posts: [Contract.post("early", published: t0 - 3 * day)]),
            ], owner: "w")
            let week = try await store.observedPosts(PostQuery(from: t0 - 5 * day, to: t0 + day)).posts
            #expect(week.map(\.stableID) == ["early", "late", "unpublished"], "by time: published, else first seen")
            #expect(week.map(\.unitID) == ["u2", "u1", "u1"] && week.map(\.platform) == [.youtube, .website, .website])
            let late = try #require(week.first { $0.stableID == "late" })
            #expect(late.engagement.views == 7 && late.matches.map(\.innovationID) == ["inov"])
            #expect(late.url == "https://example.org/late" && late.title == "Judul late" && !late.textSHA256.isEmpty)
            #expect(try await store.observedPosts(PostQuery(to: t0 - 5 * day)).posts.map(\.stableID) == ["old"])
            #expect(try await store.postTimes(of: ["b"]) == ["b": [t0 - 3 * day]])
        }
    }

    @Test(arguments: ContractBackends.all)
    func importedPostsAreStoredOnceAndSayWhereTheyCameFrom(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a])
            let batch = [ImportBatch(sourceID: "a", posts: [Contract.post("i1", published: t0, engagement: Engagement(likes: 3))])]
            let origins = ["i1": ImportOrigin(file: "export.csv", line: 2)]
            #expect(try await store.importPosts(batch, at: t0 + 60, origins: origins) == 1)
            #expect(try await store.importPosts(batch, at: t0 + 120, origins: origins) == 0)
            let posts = try await store.observedPosts(PostQuery()).posts
            #expect(posts.map(\.importedFrom) == ["export.csv:2"] && posts.map(\.engagement.likes) == [3])
            #expect(try await store.counts().engagementSnapshots == 1)
            #expect(try await store.health().first?.lastAttempt == nil, "an import is not a crawl")
        }
    }

    @Test(arguments: ContractBackends.all)
    func aRematchReplacesEveryMatch(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            try await Contract.sync(store, [a])
            _ = try await store.saveCrawled([Contract.outcome(a, at: t0, posts: [
                Contract.post("p1", matches: ["old"]), Contract.post("p2"),
            ])], owner: "w")
            let texts = try await store.postTexts()
            #expect(texts.map(\.text).sorted() == ["teks p1", "teks p2"] && texts.allSatisfy { $0.sourceID == "a" })
            let p2 = try #require(texts.first { $0.text == "teks p2" })
            let written = try await store.replaceMatches([p2.id: [InnovationMatch(innovationID: "new", score: 1, evidence: ["nama: new"])]])
            #expect(written == 1)
            let posts = try await store.observedPosts(PostQuery()).posts
            #expect(posts.flatMap(\.matches).map(\.innovationID) == ["new"])
            #expect(posts.first { $0.id == p2.id }?.matches.first?.evidence == ["nama: new"])
        }
    }
}
