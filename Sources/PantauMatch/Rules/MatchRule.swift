import PantauModel

/// One way of recognising an innovation in a text. Each rule lives in its own file with its own tests.
///
/// A rule names the phrases it looks for (they all go into one automaton), then judges each place
/// where one of its phrases was found.
protocol MatchRule {
    static var kind: RuleKind { get }
    /// The phrases this rule looks for, as folded words.
    static func phrases(for innovation: Innovation, normalizer: Normalizer) -> [RulePhrase]
    /// Whether a found phrase counts as evidence for the innovation.
    static func accepts(_ hit: RuleHit, in text: NormalizedText) -> Bool
    /// How sure the unit must be before an accepted hit counts on its own.
    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed
}

/// How sure the unit must be for a hit to count on its own.
enum UnitNeed: Int, Sendable, Comparable {
    /// Unique in the registry is enough.
    case any
    /// Own channel, named in the text, or its place named.
    case known
    /// Own channel or named in the text.
    case certain

    static func < (a: UnitNeed, b: UnitNeed) -> Bool { a.rawValue < b.rawValue }
}

/// A phrase a rule looks for (a class: hits pass it around without copying its strings).
final class RulePhrase: Sendable {
    let words: [String]
    /// As written in the registry, for evidence.
    let label: String
    /// Its words may be reached with one typo (long name words only).
    let typoTolerant: Bool
    /// `label`'s bytes without spaces, hyphens and dots: the registered spelling of an acronym.
    let spelling: [UInt8]
    /// Every word is an everyday word (worked out once: rules ask on every hit).
    let everyday: Bool

    init(words: [String], label: String, typoTolerant: Bool = false) {
        self.words = words
        self.label = label
        self.typoTolerant = typoTolerant
        spelling = Array(label.utf8.filter { $0 != 0x20 && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ".") })
        everyday = words.allSatisfy(EverydayWords.contains)
    }
}

/// Where a phrase was found, with what the rule needs to judge it. A safe value: rules see the
/// matcher's phrase list (shared, not copied) and read the phrase found only when they need it.
struct RuleHit {
    /// The matcher's phrases and the index of the one found: read only by the rules that need its
    /// spelling or words, so most hits never touch the phrase object.
    let phrases: [RulePhrase]
    var phraseIndex: Int32
    var phrase: RulePhrase { phrases[Int(phraseIndex)] }
    /// `phrase.everyday`, carried by the hit.
    var everyday: Bool
    /// The innovation has an acronym (registered, or in parentheses after its name).
    var hasAcronym: Bool
    /// Word range in the normalised text.
    var range: Range<Int>
    /// How many words were reached through a typo.
    var typos: Int
}

extension MatchRule {
    static func accepts(_ hit: RuleHit, in text: NormalizedText) -> Bool { hit.typos == 0 }
    static func unitNeeded(_ hit: RuleHit, in text: NormalizedText) -> UnitNeed { .any }
}

