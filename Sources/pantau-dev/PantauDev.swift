import ArgumentParser

/// `pantau-dev`: commands for Pantau's developers (the parser conformance corpus, benchmarks), kept
/// out of the `pantau` people use.
@main
struct PantauDev: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pantau-dev",
        abstract: "Developer commands for Pantau (conformance corpus, benchmarks).",
        subcommands: [
            Conformance.self,
        ])
}
