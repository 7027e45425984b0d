import Foundation
import PantauModel
import PantauStore
import Testing

/// The dashboard's page queries on every backend: scoped to a unit's sources, paged, stamped.
@Suite struct DashboardContractTests {
    let t0 = Contract.t0
    let a = Contract.source("a"), b = Contract.source("b", unit: "u2", platform: .instagram)

    func fill(_ store: any WorkspaceStore & CrawlStorage) async throws {
        try await Contract.sync(store, [a, b])
        _ = try await store.saveCrawled([
            Contract.outcome(a, at: t0, posts: [Contract.post("a1", published: t0 - 300, matches: ["inov"]), Contract.post("a2")]),
            Contract.outcome(b, at: t0, posts: [Contract.post("b1", published: t0 - 200, engagement: Engagement(likes: 4), matches: ["inov"])]),
        ], owner: "w")
    }

    @Test(arguments: ContractBackends.all)
    func dashboardPostsKeepToTheUnitsSources(_ backend: ContractBackend) async throws {
        try await backend.withStore { s in
            try await fill(s)
            #expect(try await s.posts(DashboardPostQuery(sourceIDs: ["a"])).map(\.title) == ["Judul a2", "Judul a1"], "newest first")
            #expect(try await s.posts(DashboardPostQuery(sourceIDs: [])).isEmpty, "a unit without sources sees nothing")
            let u2 = try await s.posts(DashboardPostQuery(sourceIDs: ["b"], innovationID: "inov"))
            #expect(u2.map(\.unitID) == ["u2"] && u2.map(\.platform) == [.instagram] && u2.first?.engagement.likes == 4)
            #expect(try await s.posts(DashboardPostQuery(innovationID: "inov")).count == 2)
            #expect(try await s.posts(DashboardPostQuery(platform: .instagram)).map(\.sourceID) == ["b"])
            let all = try await s.posts(DashboardPostQuery())
            #expect(try await s.posts(DashboardPostQuery(before: all[0].id, limit: 1)).map(\.id) == [all[1].id], "paged by id")
            #expect(try await s.observedPosts(sourceIDs: ["b"]).map(\.sourceID) == ["b"])
        }
    }

    @Test(arguments: ContractBackends.all)
    func theDataStampChangesWithEveryWriteAndMarkDueMakesASourceDue(_ backend: ContractBackend) async throws {
        try await backend.withStore { s in
            try await fill(s)
            let before = try await s.dataStamp()
            #expect(try await s.dataStamp() == before, "no write, the same stamp")
            #expect(try await s.dueSourceIDs(at: t0 + 60).isEmpty)
            #expect(try await s.markDue(sourceID: "a", at: t0 + 60))
            #expect(try await !s.markDue(sourceID: "missing", at: t0 + 60))
            #expect(try await s.dueSourceIDs(at: t0 + 60) == ["a"])
            _ = try await s.saveCrawled([Contract.outcome(a, at: t0 + 120, posts: [Contract.post("a3")])], owner: "w")
            #expect(try await s.dataStamp() != before)
        }
    }

    @Test(arguments: ContractBackends.all)
    func anInnovationsEngagementHistoryHasAPointPerDay(_ backend: ContractBackend) async throws {
        try await backend.withStore { s in
            try await fill(s)
            let later = Contract.post("b1", published: t0 - 200, engagement: Engagement(likes: 9), matches: ["inov"])
            _ = try await s.saveCrawled([Contract.outcome(b, at: t0 + Contract.day, posts: [later])], owner: "w")
            let utc = try #require(TimeZone(identifier: "UTC"))
            let points = try await s.engagementHistory(innovationID: "inov", zone: utc)
            let startOfDay = Date(timeIntervalSince1970: (t0.timeIntervalSince1970 / Contract.day).rounded(.down) * Contract.day)
            #expect(points == [EngagementPoint(day: startOfDay, engagement: Engagement(likes: 4)),
                               EngagementPoint(day: startOfDay + Contract.day, engagement: Engagement(likes: 9))])
        }
    }
}
