/// Everything found in one post for one innovation, before disambiguation.
struct Candidate: Sendable {
    /// One rule that fired: which, on which words of the text, for which registry spelling.
    struct Fired: Sendable, Hashable {
        var rule: RuleKind
        var words: String
        var label: String
        /// How sure the unit must be for this hit to count on its own.
        var unitNeed = UnitNeed.any
    }

    var fired: [Fired] = []
    var keywords: [String] = []
    var excludes: [String] = []
    /// Innovations at other units that share a phrase that fired (same-name innovations).
    var rivals: Set<Int32> = []
    /// At least one fired phrase belongs to this innovation's unit alone.
    var hasUnique = false

    var hasMainRule: Bool { !fired.isEmpty }
    /// The least sure unit that some fired rule accepts.
    var unitNeed: UnitNeed { fired.map(\.unitNeed).min() ?? .any }

    mutating func add(_ f: Fired) {
        if !fired.contains(f) { fired.append(f) }
    }
}

/// How the unit of a matched innovation was established.
enum UnitDecision: Sendable, Hashable {
    case channel
    case relatedChannel(String)
    case text(String)
    case place(String)
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
