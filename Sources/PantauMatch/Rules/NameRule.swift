import Foundation
import PantauModel

/// The innovation's full name, in any spacing ("Jumat Curhat", "JumatCurhat", "#JumatCurhat") and with
/// the usual short forms ("Taman Lalin Senori" for "Taman Lalu Lintas Senori").
/// A one-word name that is an everyday word never matches alone.
enum NameRule: MatchRule {
    static let kind = RuleKind.name

    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase] {
        let (outside, _) = splitParenthesis(innovation.name)
        var out = phrases(of: innovation.name, normalizer: normalizer)
        if outside != innovation.name { out += phrases(of: outside, normalizer: normalizer) }
        return out
    }

    /// "Layanan SIM Keliling (SIMLING)" → ("Layanan SIM Keliling", "SIMLING"); names often carry their
    /// acronym in parentheses, and posts write either part alone.
    static func splitParenthesis(_ name: String) -> (outside: String, inside: String?) {
        guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return (name, nil) }
        let inside = name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
        let outside = (name[..<open] + " " + name[name.index(after: close)...]).trimmingCharacters(in: .whitespaces)
        return (outside.isEmpty ? name : outside, inside.isEmpty ? nil : inside)
    }

    /// A name made only of everyday words ("Polisi Sahabat Anak", "Jumat Curhat") may be a plain phrase:
    /// alone it counts only when the unit is known.
    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed {
        hit.everyday ? .known : .any
    }

    /// The phrases for one registry spelling (shared with `AliasRule`).
    static func phrases(of text: String, normalizer: Normalizer) -> [RulePhrase] {
        let words = normalizer.words(text)
        guard !words.isEmpty else { return [] }
        if words.count == 1 && EverydayWords.contains(words[0]) { return [] }
        let letters = words.reduce(0) { $0 + $1.count }
        // Typos only in the spelling as registered (word by word), not in its joined variants.
        let tolerant = words.count == 1 ? letters >= 8 : letters >= 10
        var seen = Set<[String]>()
        return PhraseAbbreviations.variants(of: words).flatMap(RegionShortForms.inName).flatMap(SpacingVariants.of)
            .filter { seen.insert($0).inserted && !($0.count == 1 && EverydayWords.contains($0[0])) }
            .map { RulePhrase(words: $0, label: text, typoTolerant: tolerant && $0.count == words.count) }
    }
}
