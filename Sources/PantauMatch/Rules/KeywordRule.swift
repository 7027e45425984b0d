import PantauModel

/// Registered `keywords` ("latihan ujian SIM"): they raise the confidence of a match made by another
/// rule and never make a match alone.
enum KeywordRule: MatchRule {
    static let kind = RuleKind.keyword

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        innovation.keywords.compactMap {
            let w = normalizer.words($0)
            return w.isEmpty ? nil : RulePhrase(words: w, label: $0)
        }
    }
}
