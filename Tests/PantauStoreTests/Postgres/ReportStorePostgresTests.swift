import Foundation
import PantauModel
@testable import PantauStore
import Testing

/// `ReportStore` on PostgreSQL answers as on SQLite, value for value, for the same data: the posts a
/// report and an evidence export read (with their warnings), the sources' health, engagement gains,
/// post times and the data state.
@Suite(.enabled(if: TwinStores.configured, TwinStores.skipReason))
struct ReportStorePostgresTests {
    let t0 = TwinFixture.t0

    @Test func observedPostsAreTheSameForEveryKindOfQuery() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let queries = [
                PostQuery(), PostQuery(evidence: false), PostQuery(from: t0 - 86_400 * 4, to: t0 + 86_400 + 1),
                PostQuery(from: t0 - 86_400 * 9, evidence: false, detailFrom: t0 - 86_400),
                PostQuery(to: t0 - 86_400 * 9 + 0.000_4), PostQuery(from: t0 - 86_400 * 9 + 0.000_6),
            ]
            for q in queries {
                let a = try await twins.sqlite.observedPosts(q), b = try await twins.postgres.observedPosts(q)
                #expect(b.posts == a.posts, "\(q)")
                #expect(b.warnings == a.warnings, "\(q)")
            }
            let all = try await twins.postgres.observedPosts(PostQuery())
            // What a reader checks: the source that left the registry is not reported, the import is
            // named, matches come in innovation order, the out-of-range counter is unknown and named.
            #expect(all.posts.map(\.stableID) == ["p3", "p1", "i1", "p2", "p4", "p5"])
            #expect(all.posts.first { $0.stableID == "p5" }?.importedFrom == "export.csv:3")
            #expect(all.posts.first { $0.stableID == "p1" }?.matches.map(\.innovationID) == ["Alpha", "beta", "zeta"])
            #expect(all.posts.first { $0.stableID == "p3" }?.engagement == Engagement(views: 60, likes: 4))
            #expect(all.posts.first { $0.stableID == "p4" }?.engagement.views == nil)
            #expect(all.warnings.count == 1 && all.warnings[0].contains("views 2000000000000000"))
        }
    }

    @Test func healthIsTheSame() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let a = try await twins.sqlite.health(), b = try await twins.postgres.health()
            #expect(b == a)
            #expect(b.map(\.sourceID) == ["Insta", "_broken", "fresh", "web"], "by id as bytes order them")
            let broken = try #require(b.first { $0.sourceID == "_broken" })
            #expect(broken.consecutiveFailures == 2 && broken.quarantinedSince != nil && broken.isBroken)
            // The CrawlStorage reads health is made of answer alike too (their dates read as SQLite reads them).
            let quarantines = try await twins.ask { try await $0.parseQuarantines() }
            #expect(quarantines.postgres == quarantines.sqlite && quarantines.postgres.keys.sorted() == ["_broken"])
            let due = try await twins.ask { try await $0.earliestDue() }
            #expect(due.postgres == due.sqlite)
            let at = t0 + 86_400 * 2
            let claims = try await twins.ask { try await $0.claimSources(["web", "Insta", "_broken"], owner: "w", at: at, until: at + 60) }
            #expect(claims.postgres.map(\.state) == claims.sqlite.map(\.state) && claims.postgres.count == 3)
            let insta = try #require(b.first { $0.sourceID == "Insta" })
            #expect(insta.apiState == .tokenExpired && insta.apiHint == "renew at developers.example" && insta.followers == 1_234)
        }
    }

    @Test func engagementGainsAreTheSameForEveryPeriod() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let day = t0 + 86_400
            let periods = [(t0 - 86_400, day + 60), (t0, day), (t0 + 1, day + 30), (day, day + 31), (day + 30, day + 30.000_4),
                           (t0 - 86_400 * 30, t0 - 86_400 * 20)]
            for (from, to) in periods {
                let a = try await twins.sqlite.engagementGains(from: from, to: to)
                let b = try await twins.postgres.engagementGains(from: from, to: to)
                #expect(b == a, "\(from) – \(to)")
            }
            #expect(try await twins.postgres.engagementGains(from: t0 + 1, to: day + 60).isEmpty == false)
        }
    }

    @Test func postTimesDataStateAndCountsAreTheSame() async throws {
        try await TwinStores.with { twins in
            let emptyA = try await twins.sqlite.dataState(), emptyB = try await twins.postgres.dataState()
            #expect(emptyB == emptyA && !emptyB.hasData && emptyB.newestPost == nil)
            try await TwinFixture.seed(twins)
            for ids in [Set(["web", "Insta"]), ["leaving"], ["none"], []] as [Set<String>] {
                let a = try await twins.sqlite.postTimes(of: ids), b = try await twins.postgres.postTimes(of: ids)
                #expect(b == a, "\(ids)")
            }
            let a = try await twins.sqlite.dataState(), b = try await twins.postgres.dataState()
            #expect(b == a && b.hasData && !b.onlyDemoRuns && b.newestPost != nil)
            let ca = try await twins.sqlite.counts(), cb = try await twins.postgres.counts()
            #expect(cb == ca)
        }
    }
}
