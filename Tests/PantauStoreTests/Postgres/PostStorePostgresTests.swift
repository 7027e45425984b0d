import Foundation
import PantauModel
@testable import PantauStore
import Testing

/// `PostStore` on PostgreSQL answers as on SQLite: an import counts the same new posts (none the
/// second time), stored texts read alike, and a rematch writes and then reads back the same matches.
@Suite(.enabled(if: TwinStores.configured, TwinStores.skipReason))
struct PostStorePostgresTests {
    let t0 = TwinFixture.t0

    @Test func importCountsTheSameNewPostsAndRecordsTheSameOrigins() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let batch = ImportBatch(sourceID: "web", posts: [
                TwinFixture.post("c1", published: t0 + 99, title: "CSV", views: 3, matches: [("beta", 0.5)]),
                TwinFixture.post("p1", published: nil, title: "Satu", views: 11),
                TwinFixture.post("c2", published: nil, views: nil),
            ])
            let origins = ["c1": ImportOrigin(file: "more.csv", line: 2), "p1": ImportOrigin(file: "more.csv", line: 3)]
            let a = try await twins.sqlite.importPosts([batch], at: t0 + 200, origins: origins)
            let b = try await twins.postgres.importPosts([batch], at: t0 + 200, origins: origins)
            #expect(a == 2 && b == a)
            #expect(try await twins.postgres.importPosts([batch], at: t0 + 300, origins: origins) == 0, "the same file twice adds nothing")
            _ = try await twins.sqlite.importPosts([batch], at: t0 + 300, origins: origins)
            let pa = try await twins.sqlite.observedPosts(PostQuery()), pb = try await twins.postgres.observedPosts(PostQuery())
            #expect(pb.posts == pa.posts)
            #expect(pb.posts.first { $0.stableID == "p1" }?.importedFrom == nil, "a crawled post keeps its crawled origin")
            let counts = try await twins.ask { try await $0.counts() }
            #expect(counts.postgres == counts.sqlite)
        }
    }

    @Test func postTextsAndRematchesAreTheSame() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let both = try await twins.ask { try await $0.postTexts() }
            let texts = both.postgres
            #expect(texts == both.sqlite)
            #expect(texts.map(\.id) == texts.map(\.id).sorted() && texts.count == 7)
            var all: [Int64: [InnovationMatch]] = [:]
            for (i, t) in texts.enumerated() where i % 3 != 1 {
                all[t.id] = [InnovationMatch(innovationID: "new-\(i % 2)", score: Double(i) / 7, evidence: ["word: \(t.sourceID)"]),
                             InnovationMatch(innovationID: "New-\(i)", score: 0.1, evidence: [])]
            }
            let a = try await twins.sqlite.replaceMatches(all), b = try await twins.postgres.replaceMatches(all)
            #expect(a == 10 && b == a)
            let pa = try await twins.sqlite.observedPosts(PostQuery()), pb = try await twins.postgres.observedPosts(PostQuery())
            #expect(pb.posts == pa.posts)
            #expect(pb.posts.allSatisfy { $0.matches.allSatisfy { $0.innovationID.lowercased().hasPrefix("new-") } })
            #expect(try await twins.postgres.replaceMatches([:]) == 0)
            #expect(try await twins.postgres.counts().matches == 0)
        }
    }
}
