import ArgumentParser
import Foundation
import PantauModel
import PantauPipeline

/// `pantau suggest`: aliases and hashtags the stored posts use that the registry lacks.
struct SuggestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "List candidate aliases and hashtags seen in the stored posts, with evidence and the YAML lines to add.",
        discussion: "Nothing is written to the registry: copy the lines you accept, then run `pantau rematch`.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the suggestions as JSON.")
    var json = false

    @Option(help: "Language of the listing: id or en (default: the registry's language).")
    var lang: Language?

    func run() async throws {
        try await friendly {
            let workspace = try await global.openWorkspace()
            let result = try await workspace.suggest()
            if json { printJSON(result); return }
            print(SuggestText.render(result, language: global.language(lang, workspace)))
        }
    }
}
