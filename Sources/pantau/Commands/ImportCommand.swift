import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau import`: engagement numbers exported from platforms without a public feed.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import post-level numbers from a CSV export (columns by header: source, url, title, published, views, likes, comments, shares).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The CSV file (UTF-8, ',' or ';').")
    var file: String

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let s = try await workspace.importCSV(file, now: Date())
            if json { printJSON(s); return }
            print(say(workspace.language,
                      id: "Mengimpor \(s.rows) baris dari \(file): \(s.newPosts) unggahan baru, \(s.matched) terkait inovasi.",
                      en: "Imported \(English.count(s.rows, "row")) from \(file): \(English.count(s.newPosts, "new post")), "
                          + "\(s.matched) linked to an innovation."))
        }
    }
}
