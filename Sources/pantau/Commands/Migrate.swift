import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau migrate`: brings the database schema up to date and says which migrations ran.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the database schema up to date and print the migrations applied.",
        discussion: "Every command migrates the database it opens; run this to do it on purpose, e.g. before "
            + "starting several `pantau run` workers on a new PostgreSQL database (--db postgres://user@host/db). "
            + "Workers starting together migrate once.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            let language = (try? Workspace.loadRegistry(global.registry))?.settings.language ?? .id
            CLILanguage.set(language)
            let result = try await Workspace.migrate(registry: global.registry, database: global.database, create: global.create)
            if json { printJSON(result); return }
            if result.applied.isEmpty {
                print(say(language, id: "Skema \(result.store) sudah terbaru (\(result.recorded.count) migrasi tercatat).",
                          en: "The schema of \(result.store) is up to date (\(result.recorded.count) migrations recorded)."))
            } else {
                print(say(language, id: "Migrasi dijalankan pada \(result.store):", en: "Migrations applied to \(result.store):"))
                for name in result.applied { print("  \(name)") }
            }
        }
    }
}
