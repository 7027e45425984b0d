import Foundation
import PantauModel
@testable import PantauStore
import Testing

/// `DashboardStorage` on PostgreSQL answers as on SQLite: post lists with every filter and page,
/// engagement charts in two time zones, a unit's evidence posts, alert history by unit, "crawl this
/// source now" and the fetch summary behind `/metrics`. The data stamp is the store's own (not
/// compared) but must change when data does.
@Suite(.enabled(if: TwinStores.configured, TwinStores.skipReason))
struct DashboardStoragePostgresTests {
    let t0 = TwinFixture.t0

    @Test func postListsAreTheSameForEveryFilterAndPage() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            let queries = [
                DashboardPostQuery(), DashboardPostQuery(sourceIDs: ["web"]), DashboardPostQuery(sourceIDs: []),
                DashboardPostQuery(sourceIDs: ["leaving", "Insta"]), DashboardPostQuery(innovationID: "Alpha"),
                DashboardPostQuery(innovationID: "beta", platform: .website), DashboardPostQuery(platform: .instagram),
                DashboardPostQuery(from: t0 - 86_400 * 3, to: t0 + 86_400 - 10), DashboardPostQuery(from: t0 - 86_400 * 9 + 0.000_6),
                DashboardPostQuery(before: 4, limit: 2), DashboardPostQuery(limit: 0), DashboardPostQuery(limit: -5),
                DashboardPostQuery(limit: 5_000),
            ]
            for q in queries {
                let a = try await twins.sqlite.posts(q), b = try await twins.postgres.posts(q)
                #expect(b == a, "\(q)")
            }
            let page = try await twins.postgres.posts(DashboardPostQuery(innovationID: "Alpha"))
            #expect(page.map(\.id) == page.map(\.id).sorted(by: >) && page.count == 4)
            #expect(page.first { $0.title == "Satu" }?.matches.map(\.innovationID) == ["Alpha", "beta", "zeta"])
            for ids in [["web"], ["web", "Insta", "leaving"], []] {
                let a = try await twins.sqlite.observedPosts(sourceIDs: ids), b = try await twins.postgres.observedPosts(sourceIDs: ids)
                #expect(b == a, "\(ids)")
            }
        }
    }

    @Test func engagementChartsAreTheSameInEveryZone() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            for innovation in ["Alpha", "beta", "zeta", "none"] {
                for zone in [TimeZone(identifier: "Asia/Jakarta")!, TimeZone(identifier: "America/Los_Angeles")!] {
                    let a = try await twins.sqlite.engagementHistory(innovationID: innovation, zone: zone)
                    let b = try await twins.postgres.engagementHistory(innovationID: innovation, zone: zone)
                    #expect(b == a, "\(innovation) \(zone.identifier)")
                }
            }
            #expect(try await twins.postgres.engagementHistory(innovationID: "beta", zone: .gmt).count == 2)
        }
    }

    @Test func alertHistoryByUnitMarkDueAndFetchSummaryAreTheSame() async throws {
        try await TwinStores.with { twins in
            try await TwinFixture.seed(twins)
            try await twins.both(AlertStorePostgresTests.write)
            for units in [nil, ["unit-b"], ["Unit-C", "unit-b"], []] as [Set<String>?] {
                for limit in [0, 1, 10] {
                    let a = try await twins.sqlite.alertHistory(unitIDs: units, limit: limit)
                    let b = try await twins.postgres.alertHistory(unitIDs: units, limit: limit)
                    #expect(b == a, "\(String(describing: units)) \(limit)")
                }
            }
            for id in ["web", "leaving", "none"] {
                let a = try await twins.sqlite.markDue(sourceID: id, at: t0 + 99.000_5)
                let b = try await twins.postgres.markDue(sourceID: id, at: t0 + 99.000_5)
                #expect(a == b, "\(id)")
            }
            let health = try await twins.ask { try await $0.health() }
            #expect(health.postgres == health.sqlite)
            let a = try await twins.sqlite.fetchSummary(), b = try await twins.postgres.fetchSummary()
            #expect(b == a)
            #expect(b.byOutcome == ["ok": 4, "not-modified": 1, "http-error": 0, "network-error": 3] && b.latencyCount == 8)
        }
    }

    @Test func theDataStampChangesWhenDataDoes() async throws {
        try await TwinStores.with { twins in
            let store = twins.postgres
            let empty = try await store.dataStamp()
            #expect(empty == "-.-.-.-.0.0", "no run, fetch, post or alert line; no source; no rematch or import")
            try await TwinFixture.seed(twins)
            let seeded = try await store.dataStamp()
            let again = try await store.dataStamp()
            #expect(seeded != empty && again == seeded, "the same data, the same stamp")
            let texts = try await store.postTexts()
            try await store.replaceMatches([texts[0].id: [InnovationMatch(innovationID: "Alpha", score: 0.5, evidence: [])],
                                            texts[1].id: [InnovationMatch(innovationID: "zeta", score: 0.5, evidence: [])]])
            let rematched = try await store.dataStamp()
            #expect(rematched != seeded)
            try await store.replaceMatches([texts[0].id: [InnovationMatch(innovationID: "zeta", score: 0.5, evidence: [])],
                                            texts[1].id: [InnovationMatch(innovationID: "Alpha", score: 0.5, evidence: [])]])
            let rematchedAgain = try await store.dataStamp()
            #expect(rematchedAgain != rematched, "a rematch with as many matches, but others")
            let imported = try await store.importPosts([], at: Date(), origins: [:])
            #expect(imported == 0)
            #expect(try await store.dataStamp() != rematchedAgain, "an import may change counters of known posts only")
        }
    }
}
