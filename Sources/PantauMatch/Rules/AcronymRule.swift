import PantauModel

/// The acronym as a whole word ("SIMBA"). Acronyms of four letters or fewer must be written with the
/// registered capitals unless inside a hashtag; longer ones need at least one capital (or a hashtag).
/// A longer acronym not written in capitals ("Simba", "simba") counts only when the unit is known
/// (own channel, named in the text, or its place named): alone it is too much like an ordinary word.
/// Everyday words ("SIM", "SKCK") never match as acronyms, except in a distinctive mixed-case
/// spelling written exactly as registered ("SiAP").
enum AcronymRule: MatchRule {
    static let kind = RuleKind.acronym

    /// The registered acronym, else one written in parentheses after the name ("… (SIMLING)").
    static func acronym(of innovation: Innovation) -> String? {
        if let a = innovation.acronym { return a }
        guard let inside = NameRule.splitParenthesis(innovation.name).inside, !inside.contains(" "),
              inside.contains(where: \.isUppercase) else { return nil }
        return inside
    }

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        guard let acronym = acronym(of: innovation) else { return [] }
        let words = normalizer.words(acronym)
        let joined = words.joined()
        guard !joined.isEmpty else { return [] }
        if EverydayWords.contains(joined) && !hasDistinctiveCase(acronym) { return [] }
        var out = [RulePhrase(words: [joined], label: acronym)]
        if words.count > 1 { out.append(RulePhrase(words: words, label: acronym)) }
        return out
    }

    /// Mixed capitals ("SiAP"): the registered spelling tells the acronym apart from the word.
    static func hasDistinctiveCase(_ s: String) -> Bool {
        s.contains(where: \.isUppercase) && s.contains(where: \.isLowercase)
    }

    static func accepts(_ hit: RuleHit, in text: NormalizedText) -> Bool {
        guard hit.typos == 0, hit.hasAcronym else { return false }
        if hit.range.count > 1 { return true }
        if hit.everyday {
            // An everyday word ("siap") counts only in exactly the registered mixed-case spelling.
            return text.originalBytes(hit.range.lowerBound).elementsEqual(hit.phrase.spelling)
        }
        return casingAccepts(text, token: hit.range.lowerBound, spelling: hit.phrase.spelling, lowercaseAllowed: true)
    }

    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed {
        guard hit.range.count == 1 else { return .any }
        let flags = text.tokens[hit.range.lowerBound].flags
        return flags.contains(.hashtag) || flags.contains(.allUpper) ? .any : .known
    }

    /// Whether token `i` is written as an acronym should be: inside a hashtag, with exactly the
    /// registered spelling, or (five letters or more) with at least one capital.
    static func casingAccepts(_ text: NormalizedText, token i: Int, spelling: [UInt8],
                              lowercaseAllowed: Bool = false) -> Bool {
        let t = text.tokens[i]
        if t.flags.contains(.hashtag) { return true }
        if text.originalBytes(i).elementsEqual(spelling) { return true }
        if t.count <= 4 { return false }
        return t.flags.contains(.hasUpper) || lowercaseAllowed
    }
}
