/// The phrase tables a `Matcher` is built from, filled one phrase at a time: the word vocabulary,
/// the distinct word sequences (automaton patterns) with what each stands for, the phrases the rules
/// judge, and the evidence labels (each distinct label once).
struct PhraseTables {
    var vocabulary = Vocabulary()
    private var patternIndex: [[Int32]: Int] = [:]
    private(set) var patterns: [[Int32]] = []
    private(set) var payloads: [[Matcher.Payload]] = []
    private(set) var phrases: [RulePhrase] = []
    private(set) var labels: [String] = []
    private var labelIndex: [String: Int32] = [:]
    private(set) var phraseLabels: [Int32] = []

    /// The index of `label`, added when new.
    mutating func intern(_ label: String) -> Int32 {
        if let k = labelIndex[label] { return k }
        labels.append(label)
        labelIndex[label] = Int32(labels.count - 1)
        return Int32(labels.count - 1)
    }

    /// Adds `phrase` as standing for `target` (a unit or an innovation) in the way `kind` says.
    mutating func add(_ phrase: RulePhrase, _ kind: Matcher.Payload.Kind, _ target: Int32) {
        // No name is that long; the bound keeps a pattern's length in one byte (`PatternTable`).
        guard phrase.words.count <= PatternTable.maxWords else { return }
        let ids = phrase.words.map { vocabulary.add($0) }
        if phrase.typoTolerant { vocabulary.allowTypos(in: ids) }
        let p: Int
        if let known = patternIndex[ids] {
            p = known
        } else {
            p = patterns.count
            patternIndex[ids] = p
            patterns.append(ids)
            payloads.append([])
        }
        phrases.append(phrase)
        phraseLabels.append(intern(phrase.label))
        let payload = Matcher.Payload(kind: kind, everyday: phrase.everyday, target: target, phrase: Int32(phrases.count - 1))
        if !payloads[p].contains(where: { $0.kind == payload.kind && $0.target == target }) {
            payloads[p].append(payload)
        }
    }
}

extension Matcher {
    /// Per word id, the `UnitOpener` bits of the words that open a unit name ("polres", "mapolres",
    /// "kapolsek"…), adding those words to `vocabulary`.
    static func openerTable(_ vocabulary: inout Vocabulary) -> [UInt8] {
        var opens: [Int32] = []
        for o in UnitForms.families[0] where o[0].hasPrefix("pol") {
            for prefix in UnitForms.prefixes { opens.append(vocabulary.add(prefix + o[0])) }
        }
        var polsekOpens: [Int32] = []
        for o in UnitForms.families[1] where o.count == 1 {
            for prefix in ["", "ma", "ka", "waka"] { polsekOpens.append(vocabulary.add(prefix + o[0])) }
        }
        var opener = [UInt8](repeating: 0, count: vocabulary.count)
        for id in opens { opener[Int(id)] |= UnitOpener.polres }
        for id in polsekOpens { opener[Int(id)] |= UnitOpener.polsek }
        return opener
    }
}
