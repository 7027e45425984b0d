import ArgumentParser
import Foundation
import PantauPipeline

/// `pantau rematch`: re-link all stored posts after the registry changed.
struct RematchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rematch",
        abstract: "Match every stored post again with the current registry (after adding names, aliases, hashtags).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the summary as JSON.")
    var json = false

    func run() async throws {
        try await friendly {
            let s = try await global.openWorkspace().rematch()
            if json { printJSON(s); return }
            print(String(format: "Re-matched %d posts in %.1f s: %d linked to an innovation (%d matches).",
                         s.posts, s.seconds, s.matchedPosts, s.matches))
        }
    }
}
