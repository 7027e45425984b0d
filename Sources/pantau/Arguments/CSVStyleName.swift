import ArgumentParser
import PantauModel

/// `--csv-style indonesian|machine` (also `id`, `excel`, `mesin`); `--semicolon` picks the machine separator.
struct CSVStyleName: ExpressibleByArgument {
    var name: String

    init?(argument: String) {
        guard CSVStyle(name: argument, semicolon: false) != nil else { return nil }
        name = argument
    }

    static var allValueStrings: [String] { ["indonesian", "machine"] }

    /// The style named, or the language's own (machine with `;` when only `--semicolon` is given).
    static func style(_ named: CSVStyleName?, semicolon: Bool, language: Language) -> CSVStyle {
        named.flatMap { CSVStyle(name: $0.name, semicolon: semicolon) } ?? .unnamed(semicolon: semicolon, language: language)
    }
}
