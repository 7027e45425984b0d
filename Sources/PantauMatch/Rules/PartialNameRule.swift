import PantauModel

/// The opening words of a long name ("Panic Button" for "Panic Button on Hand"). Counts only when the
/// unit is certain (its own channel, or named in the text); the matcher enforces that. Short forms of
/// name words apply ("Taman Lalin" for "Taman Lalu Lintas Senori").
enum PartialNameRule: MatchRule {
    static let kind = RuleKind.partial

    /// Words a shortened name never ends on.
    static let connectors: Set<String> = ["di", "ke", "dan", "on", "of", "the", "untuk", "bagi", "yang", "dengan",
                                          "in", "for", "at", "to", "dari", "oleh", "and", "&"]

    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed { .certain }

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        let words = normalizer.words(innovation.name)
        guard words.count >= 3 else { return [] }
        var out: [RulePhrase] = []
        for k in 2..<words.count {
            let prefix = Array(words.prefix(k))
            guard let last = prefix.last, !connectors.contains(last) else { continue }
            // "Sistem Pelayanan" of "Sistem Pelayanan Data Online" is any service system: a short
            // opening made of everyday words says nothing.
            if 2 * k <= words.count && prefix.allSatisfy(EverydayWords.contains) { continue }
            for v in PhraseAbbreviations.variants(of: prefix) { out.append(RulePhrase(words: v, label: innovation.name)) }
        }
        return out
    }
}
