import PantauModel

/// A long name or alias written with one typo ("Jumat Curhta"): one word within one edit
/// (insertion, deletion, substitution, swap of neighbours), never on words shorter than six letters,
/// never on names shorter than ten letters (eight for one-word names).
enum TypoRule: MatchRule {
    static let kind = RuleKind.typo

    /// The typo rule looks for the name and alias phrases themselves, reached through a typo.
    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] { [] }

    static func accepts(_ hit: RuleHit, in text: NormalizedText) -> Bool {
        hit.typos == 1 && hit.phrase.typoTolerant && hit.range.count == hit.phrase.words.count
    }
}
