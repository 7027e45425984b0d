extension CSVStyle {
    /// The style a person named: `indonesian` (also `id`, `excel`) or `machine` (also `mesin`), in
    /// any case; `semicolon` puts `;` between a machine CSV's fields. Nil for any other name.
    public init?(name: String, semicolon: Bool) {
        switch name.lowercased() {
        case "indonesian", "id", "excel": self = .indonesian
        case "machine", "mesin": self = .machine(semicolon ? .semicolon : .comma)
        default: return nil
        }
    }

    /// The style when none is named: machine CSV with `;` when `semicolon`, else the language's own.
    public static func unnamed(semicolon: Bool, language: Language) -> CSVStyle {
        semicolon ? .machine(.semicolon) : language == .id ? .indonesian : .machine(.comma)
    }
}
