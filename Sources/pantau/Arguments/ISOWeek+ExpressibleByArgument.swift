import ArgumentParser
import PantauModel

/// `--week 2026-W47`.
extension ISOWeek: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { description }
}
