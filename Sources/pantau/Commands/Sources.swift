import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau sources`: each channel's crawl health.
struct Sources: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show each channel's health: last success, last error, next due.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print as JSON.")
    var json = false

    @Option(help: "Language: id (Bahasa Indonesia) or en.")
    var lang: Language?

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let overview = try await workspace.sources()
            if json { printJSON(overview.health); return }
            let language = global.language(lang, workspace)
            print(SourcesText.render(overview.health, language: language, zone: workspace.zone))
            print("")
            print(SourcesText.renderVisibility(overview.visibility, registry: workspace.registry, language: language,
                                               zone: workspace.zone))
        }
    }
}
