import PantauModel

/// A spelling registered under `aliases` ("SIM Bhabin"). A one-word alias of four letters or fewer is
/// treated like a short acronym: it must appear with the registered capitals (or inside a hashtag).
enum AliasRule: MatchRule {
    static let kind = RuleKind.alias

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        innovation.aliases.flatMap { NameRule.phrases(of: $0, normalizer: normalizer) }
    }

    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed {
        NameRule.unitNeeded(hit, in: text)
    }

    static func accepts(_ hit: RuleHit, in text: NormalizedText) -> Bool {
        guard hit.typos == 0 else { return false }
        guard hit.range.count == 1, hit.phrase.words.count == 1, hit.phrase.words[0].count <= 4 else { return true }
        return AcronymRule.casingAccepts(text, token: hit.range.lowerBound, spelling: hit.phrase.spelling)
    }
}
