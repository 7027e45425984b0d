import PantauModel

/// Hashtags: a registered hashtag, or a hashtag spelling the acronym or the name ("#SIMBA",
/// "#jumatcurhat"), optionally followed by the unit's place ("#simbatuban").
enum HashtagRule {
    static let kind = RuleKind.hashtag

    /// Hashtag bodies (folded, joined) that point to the innovation, with the rule each stands for.
    static func bodies(for innovation: Innovation, normalizer: Normalizer) -> [(body: String, rule: RuleKind, label: String)] {
        var out: [(String, RuleKind, String)] = []
        for tag in innovation.hashtags {
            let b = normalizer.hashtagBody(tag)
            if !b.isEmpty { out.append((b, .hashtag, "#" + tag)) }
        }
        if let a = AcronymRule.acronym(of: innovation) {
            let b = normalizer.hashtagBody(a)
            if b.count >= 3, !EverydayWords.contains(b) { out.append((b, .acronym, a)) }
        }
        for n in [innovation.name] + innovation.aliases {
            let b = normalizer.hashtagBody(n)
            if b.count >= 5, !EverydayWords.contains(b) { out.append((b, n == innovation.name ? .name : .alias, n)) }
        }
        return out
    }
}
