import ArgumentParser
import PantauModel

/// `--lang id` / `--lang en`.
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
