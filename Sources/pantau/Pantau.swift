import ArgumentParser
import Foundation

/// The `pantau` command: crawl units' public channels, match posts to innovations, report weekly.
@main
struct Pantau: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pantau",
        abstract: "Shows whether police units' public-service innovations are visible to the public.",
        discussion: "Reads the registry (feeds/*.yaml), crawls each unit's website and social-media feeds, "
            + "matches posts to registered innovations, and writes a weekly visibility report in Bahasa Indonesia "
            + "with alerts for innovations that went silent. Start with `pantau demo` on the bundled demo registry.",
        version: "0.1.0",
        // One entry per line: a new subcommand is one added line.
        subcommands: [
            Crawl.self,
            Run.self,
            Report.self,
            Alerts.self,
            Sources.self,
            EvidenceCommand.self,
            ImportCommand.self,
            ParseCommand.self,
            MatchCommand.self,
            RematchCommand.self,
            SuggestCommand.self,
            Demo.self,
            ServeCommand.self,
            UserCommand.self,
            Migrate.self,
            Export.self,
        ])
}
