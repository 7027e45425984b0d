import ArgumentParser
import PantauPipeline

/// `--format csv` / `--format html` for the evidence export.
extension EvidenceFormat: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
