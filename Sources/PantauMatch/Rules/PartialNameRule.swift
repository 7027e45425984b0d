import PantauModel

/// The opening words of a long name ("Panic Button" for "Panic Button on Hand"). Counts only when the
/// unit is known (its own channel, or named in the text, or its place named); the matcher enforces that.
enum PartialNameRule: MatchRule {
    static let kind = RuleKind.partial

    /// Words a shortened name never ends on.
    static let connectors: Set<String> = ["di", "ke", "dan", "on", "of", "the", "untuk", "bagi", "yang", "dengan",
                                          "in", "for", "at", "to", "dari", "oleh", "and", "&"]

    static func needsCertainUnit(_ hit: RuleHit, in text: NormalizedText) -> Bool { true }

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        let words = normalizer.words(innovation.name)
        guard words.count >= 3 else { return [] }
        var out: [RulePhrase] = []
        for k in 2..<words.count {
            let prefix = Array(words.prefix(k))
            guard let last = prefix.last, !connectors.contains(last) else { continue }
            out.append(RulePhrase(words: prefix, label: innovation.name))
        }
        return out
    }
}
