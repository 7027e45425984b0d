import ArgumentParser
import PantauModel

/// `--kind feed|page|sitemap`: how `pantau parse` reads an HTML page (`api` is refused in `validate()`).
extension Source.Kind: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
}
