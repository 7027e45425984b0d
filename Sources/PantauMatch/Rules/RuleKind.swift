/// Which matching rule found a phrase.
public enum RuleKind: String, Sendable, Hashable, CaseIterable {
    case name, acronym, alias, hashtag, typo, partial, keyword, exclude

    /// Confidence this rule gives on its own (before unit and keyword adjustments).
    var baseScore: Double {
        switch self {
        case .name: 0.9
        case .alias, .hashtag: 0.88
        case .acronym: 0.85
        case .typo: 0.75
        case .partial: 0.65
        case .keyword, .exclude: 0
        }
    }

    /// The label used in evidence.
    var label: String {
        switch self {
        case .partial: "partial name"
        default: rawValue
        }
    }
}
