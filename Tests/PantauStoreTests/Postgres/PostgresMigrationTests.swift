import Foundation
import PantauModel
import PantauStore
import Testing

/// Migrations on PostgreSQL: recorded by name, applied once, also when several workers start together.
@Suite(.enabled(if: PostgresTestServer.enabled, PostgresTestServer.skipReason))
struct PostgresMigrationTests {
    @Test func migratingTwiceAppliesEverythingOnceAndRecordsIt() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            let store = try await PostgresStore(url: url)
            #expect(try await store.appliedMigrations().isEmpty)
            #expect(try await store.migrate() == PostgresStore.migrationNames)
            #expect(try await store.migrate().isEmpty, "a second run applies nothing")
            #expect(try await store.appliedMigrations() == PostgresStore.migrationNames)
            await store.close()
        }
    }

    @Test func workersMigratingAtOnceApplyEachMigrationExactlyOnce() async throws {
        try await PostgresTestServer.withFreshDatabase { url in
            var stores: [PostgresStore] = []
            for _ in 0..<4 { stores.append(try await PostgresStore(url: url)) }
            let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                for store in stores { group.addTask { try await store.migrate() } }
                var all: [[String]] = []
                for try await names in group { all.append(names) }
                return all
            }
            #expect(applied.flatMap { $0 }.sorted() == PostgresStore.migrationNames.sorted())
            #expect(applied.filter { !$0.isEmpty }.count == 1, "one worker migrated, the others found it done")
            #expect(try await stores[0].counts() == StoreCounts(sources: 0, posts: 0, matchedPosts: 0, matches: 0,
                                                                engagementSnapshots: 0))
            for store in stores { await store.close() }
        }
    }
}
