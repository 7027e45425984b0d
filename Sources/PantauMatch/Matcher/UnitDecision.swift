/// Where something was found: a word range of the text, or a hashtag (an index into
/// `NormalizedText.tags`, turned into the tag as written only for evidence). Holds no strings, so
/// the per-post tables that keep mentions are freed without work.
enum Mention: Sendable, Hashable {
    case words(Range<Int>)
    /// A whole hashtag standing for a unit ("#PolresTuban").
    case wholeTag(Int)
    /// A hashtag standing for an innovation: its words and the tag.
    case tag(Range<Int>, Int)

    /// The words covered, when known.
    var range: Range<Int>? {
        switch self {
        case .words(let r), .tag(let r, _): r
        case .wholeTag: nil
        }
    }
}

/// How the unit of a matched innovation was established.
enum UnitDecision: Sendable, Hashable {
    case channel
    case relatedChannel(String)
    /// The unit named in the text (where; turned into words only for evidence).
    case text(Mention)
    /// The unit's place named in the text.
    case place(Mention)
    case unconfirmed

    /// Added to the rule's base score.
    var bonus: Double {
        switch self {
        case .channel: 0.08
        case .text: 0.07
        case .relatedChannel: 0.05
        case .place: 0.04
        case .unconfirmed: 0
        }
    }

    /// Whether this decision satisfies `need`.
    func satisfies(_ need: UnitNeed) -> Bool {
        switch need {
        case .any: true
        case .known: self != .unconfirmed
        case .certain: if case .channel = self { true } else if case .text = self { true } else { false }
        }
    }
}
