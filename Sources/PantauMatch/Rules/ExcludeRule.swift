import PantauModel

/// Registered `exclude` phrases: a post containing one is not about the innovation, whatever else fired.
enum ExcludeRule: MatchRule {
    static let kind = RuleKind.exclude

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        innovation.exclude.compactMap {
            let w = normalizer.words($0)
            return w.isEmpty ? nil : RulePhrase(words: w, label: $0)
        }
    }
}
