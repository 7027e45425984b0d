import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// `Workspace.export` without a server: what it copies from and to, said before anything is opened.
@Suite struct ExportWorkspaceTests {
    @Test func theTargetMustBeAPostgreSQLServer() async throws {
        let f = try WorkspaceFixture()
        let ws = try Workspace.open(registry: f.registry, database: .sqlite(path: f.database), create: true)
        await #expect(throws: WorkspaceError.exportNeedsPostgres) {
            _ = try await ws.export(to: .sqlite(path: f.folder.appendingPathComponent("copy.sqlite").path))
        }
    }

    @Test func aServerThatDoesNotAnswerIsNamedWithoutThePassword() async throws {
        let f = try WorkspaceFixture()
        let ws = try Workspace.open(registry: f.registry, database: .sqlite(path: f.database), create: true)
        do {
            _ = try await ws.export(to: .postgres(url: Secret("postgres://ana:s3cret@127.0.0.1:9/pantau")))
            Issue.record("exported to a port nothing listens on")
        } catch {
            for language in Language.allCases {
                let text = ProblemText.text(error, language)
                #expect(text.contains("postgres://127.0.0.1:9/pantau") && !text.contains("s3cret"), "\(text)")
            }
        }
    }
}
