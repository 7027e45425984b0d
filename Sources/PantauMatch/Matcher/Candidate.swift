/// Everything found in one post for one innovation, before disambiguation.
struct Candidate: Sendable {
    /// One rule that fired: which, on which words of the text, for which registry spelling.
    struct Fired: Sendable, Hashable {
        var rule: RuleKind
        /// Where in the text (resolved to the words as written only when evidence is needed).
        var words: Mention
        /// The registry spelling that was found, as an index into `Matcher.labels`.
        var label: Int32
        /// How sure the unit must be for this hit to count on its own.
        var unitNeed = UnitNeed.any
    }

    /// The first rule that fired, kept inline: most candidates have one, and then the candidate
    /// allocates nothing.
    private var firstFired: Fired?
    private var moreFired: [Fired] = []
    var keywords: [String] = []
    var excludes: [String] = []
    /// Innovations at other units that share a phrase that fired (same-name innovations).
    var rivals: [Int32] = []
    /// At least one fired phrase belongs to this innovation's unit alone.
    var hasUnique = false

    /// Every rule that fired, in the order found (for evidence and notes).
    var fired: [Fired] {
        guard let firstFired else { return [] }
        return [firstFired] + moreFired
    }

    /// The first rule that fired (only when `hasMainRule`).
    var firstRule: Fired { firstFired! }

    var hasMainRule: Bool { firstFired != nil }
    /// The least sure unit that some fired rule accepts.
    var unitNeed: UnitNeed {
        guard var need = firstFired?.unitNeed else { return .any }
        for f in moreFired where f.unitNeed < need { need = f.unitNeed }
        return need
    }

    /// Whether a fired rule's words include word `i` of the text.
    func covers(_ i: Int) -> Bool {
        guard let f = firstFired else { return false }
        if f.words.range?.contains(i) == true { return true }
        return moreFired.contains { $0.words.range?.contains(i) == true }
    }

    mutating func add(_ f: Fired) {
        if firstFired == nil {
            firstFired = f
        } else if firstFired != f, !moreFired.contains(f) {
            moreFired.append(f)
        }
    }

    /// Records a hit that a main rule (not a keyword or exclude) accepted; `rivals` are the payloads
    /// of the same phrase.
    mutating func record(_ rule: RuleKind, hit: RuleHit, label: Int32, unitNeed: UnitNeed, shared: Bool,
                         rivals: UnsafeBufferPointer<Matcher.Payload>) {
        add(Fired(rule: rule, words: .words(hit.range), label: label, unitNeed: unitNeed))
        if shared {
            for other in rivals {
                if case .rule(let k) = other.kind, k != .keyword, k != .exclude { if !self.rivals.contains(other.target) { self.rivals.append(other.target) } }
            }
        } else {
            hasUnique = true
        }
    }

    /// Takes this innovation's keyword and exclude hits (registry spellings, in text order, keywords
    /// once each) from the post's lists.
    mutating func attach(keywordHits: [LabelHit], excludeHits: [LabelHit], of innovation: Int32, labels: [String]) {
        var seen: [Int32] = []
        for h in keywordHits where h.innovation == innovation && !seen.contains(h.label) {
            seen.append(h.label)
            keywords.append(labels[Int(h.label)])
        }
        for h in excludeHits where h.innovation == innovation { excludes.append(labels[Int(h.label)]) }
    }
}

/// A keyword or exclude found for an innovation: they only add to (or veto) a candidate that a main
/// rule made, so they are kept in one flat list per post rather than making candidates of their own
/// (a post of everyday words can hit the keywords of hundreds of innovations).
struct LabelHit: Sendable {
    var innovation: Int32
    /// Index into `Matcher.labels`.
    var label: Int32
}
