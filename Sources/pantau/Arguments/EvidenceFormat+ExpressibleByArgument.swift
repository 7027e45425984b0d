import ArgumentParser
import PantauPipeline

/// `--format csv` / `--format html` for the evidence export.
extension EvidenceFormat: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
