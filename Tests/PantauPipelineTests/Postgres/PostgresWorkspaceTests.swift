import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// A Workspace on PostgreSQL: where it keeps its local state, what it says when the server does not
/// answer, and `pantau migrate`.
@Suite struct PostgresWorkspaceTests {
    @Test func theLocalStateFolderNamesTheServerButNoCredentials() {
        let location = DatabaseLocation.postgres(url: Secret("postgres://ana:pw@db.example:6543/pantau"))
        #expect(location.localStateFolder(registry: "/srv/feeds") == "/srv/feeds/.pantau-state/db.example-6543-pantau")
        #expect(location.description == "postgres://db.example:6543/pantau")
        #expect(DatabaseLocation.sqlite(path: "/x/pantau.sqlite").localStateFolder(registry: "/srv/feeds") == nil)
    }

    @Test func aServerThatDoesNotAnswerIsSaidAsSuchWithoutThePassword() async throws {
        let f = try WorkspaceFixture()
        let url = Secret("postgres://ana:s3cret@127.0.0.1:9/pantau")
        do {
            _ = try await Workspace.connect(registry: f.registry, database: .postgres(url: url))
            Issue.record("connected to a port nothing listens on")
        } catch {
            #expect(Workspace.storeDoesNotAnswer(error), "the daemon retries it")
            for language in Language.allCases {
                let text = ProblemText.text(error, language)
                #expect(text.contains("postgres://127.0.0.1:9/pantau") && !text.contains("s3cret") && !text.contains("ana:"))
            }
        }
    }

    @Test(.enabled(if: PostgresTestDatabase.enabled, PostgresTestDatabase.skipReason))
    func migrateAppliesEveryMigrationOnceAndThenNothing() async throws {
        let f = try WorkspaceFixture()
        try await PostgresTestDatabase.withFreshDatabase { url in
            let first = try await Workspace.migrate(registry: f.registry, database: .postgres(url: url))
            #expect(first.applied == PostgresStore.migrationNames && first.recorded == first.applied)
            #expect(!first.store.contains("@") && first.store.hasPrefix("postgres://"))
            let second = try await Workspace.migrate(registry: f.registry, database: .postgres(url: url))
            #expect(second.applied.isEmpty && second.recorded == PostgresStore.migrationNames)
        }
    }

    @Test func migrateOnSQLiteListsWhatOpeningApplied() async throws {
        let f = try WorkspaceFixture()
        let result = try await Workspace.migrate(registry: f.registry, database: .sqlite(path: f.database), create: true)
        #expect(result.applied.isEmpty && result.recorded.first == "v1-core" && result.store == f.database)
    }
}
