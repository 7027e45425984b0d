import PantauModel

/// Links posts to the innovations they are about. Built once per registry (all phrases of all
/// innovations and units go into one word automaton), then shared across threads.
public struct Matcher: Sendable {
    /// What a phrase found in a text stands for.
    struct Payload: Sendable, Hashable {
        enum Kind: Sendable, Hashable {
            case rule(RuleKind)
            case unitName
            case unitPlace
        }
        var kind: Kind
        /// The phrase is made of everyday words only (`RulePhrase.everyday`, kept here so judging a
        /// hit need not read the phrase).
        var everyday = false
        /// Innovation index for rules, unit index for unit kinds.
        var target: Int32
        /// Index into `phrases`.
        var phrase: Int32
    }

    /// A hashtag body registered for an innovation.
    struct TagEntry: Sendable, Hashable {
        var innovation: Int32
        var rule: RuleKind
        /// Index into `labels`.
        var label: Int32
    }

    let normalizer: Normalizer
    let vocabulary: Vocabulary
    let automaton: TokenAutomaton
    /// What each automaton pattern stands for, in one contiguous table (read on every hit).
    let patterns: PatternTable
    let phrases: [RulePhrase]
    /// Every registry spelling evidence can name (phrase labels, hashtags), each once.
    let labels: [String]
    /// Per phrase: its label's index in `labels`.
    let phraseLabels: [Int32]
    let innovations: [Innovation]
    /// Per innovation: it has an acronym, registered or found in parentheses after the name.
    let hasAcronym: [Bool]
    /// Unit index of each innovation; -1 when its unit is not registered.
    let innovationUnit: [Int32]
    let units: [Unit]
    let unitByID: [String: Int32]
    /// Parent unit index of each unit; -1 for none.
    let parents: [Int32]
    /// Hashtag bodies → innovations; joined unit names and places ("polrestuban", "tuban") → (unit, is a full name).
    let tagTable: TagTable
    /// Per word id, `UnitOpener` bits: the word opens a Polres-level unit name ("polres", "mapolresta",
    /// "polrestro"…; the next word names some unit, registered or not) or a Polsek name ("kapolsek"…).
    let opener: [UInt8]
    /// `Matcher.notPlaces`, `Matcher.nameFillers` and `Matcher.ranks`, checked on bytes.
    let notPlaceWords = WordSet(Matcher.notPlaces)
    let fillerWords = WordSet(Matcher.nameFillers)
    let rankWords = WordSet(Matcher.ranks)

    /// The rules whose phrases go into the automaton.
    static var phraseRules: [any MatchRule.Type] {
        [NameRule.self, AcronymRule.self, AliasRule.self, PartialNameRule.self, KeywordRule.self, ExcludeRule.self]
    }

    public init(units: [Unit], innovations: [Innovation]) {
        let normalizer = Normalizer()
        var b = PhraseTables()
        var unitByID: [String: Int32] = [:]
        for (i, u) in units.enumerated() where unitByID[u.id] == nil { unitByID[u.id] = Int32(i) }
        var unitTags: [String: [(unit: Int32, strong: Bool)]] = [:]
        let allForms = UnitForms.resolved(units.map { UnitForms(unit: $0, normalizer: normalizer) })
        for (i, forms) in allForms.enumerated() {
            let u = units[i]
            for n in forms.names {
                b.add(RulePhrase(words: n, label: u.name), .unitName, Int32(i))
                unitTags[n.joined(), default: []].append((Int32(i), true))
            }
            for p in forms.places {
                b.add(RulePhrase(words: p, label: u.name), .unitPlace, Int32(i))
                unitTags[p.joined(), default: []].append((Int32(i), false))
            }
        }

        var tags: [String: [TagEntry]] = [:]
        for (i, inv) in innovations.enumerated() {
            for rule in Self.phraseRules {
                for phrase in rule.phrases(for: inv, normalizer: normalizer) {
                    b.add(phrase, .rule(rule.kind), Int32(i))
                }
            }
            for (body, rule, label) in HashtagRule.bodies(for: inv, normalizer: normalizer)
            where !(tags[body]?.contains { $0.innovation == Int32(i) } ?? false) {
                tags[body, default: []].append(TagEntry(innovation: Int32(i), rule: rule, label: b.intern(label)))
            }
        }

        func innovationUnitOf(_ i: Int32) -> Int32 { unitByID[innovations[Int(i)].unitID] ?? -1 }
        self.opener = Self.openerTable(&b.vocabulary)
        self.normalizer = normalizer
        self.vocabulary = b.vocabulary
        let table = PatternTable(payloads: b.payloads, lengths: b.patterns.map(\.count)) { list in
            var units = Set<Int32>()
            for pl in list {
                if case .rule(let k) = pl.kind, k != .keyword, k != .exclude { units.insert(innovationUnitOf(pl.target)) }
            }
            return units.count > 1
        }
        self.patterns = table
        self.automaton = TokenAutomaton(patterns: b.patterns, vocabularySize: b.vocabulary.count, tags: table.tags)
        self.phrases = b.phrases
        self.labels = b.labels
        self.phraseLabels = b.phraseLabels
        self.innovations = innovations
        self.hasAcronym = innovations.map { AcronymRule.acronym(of: $0) != nil }
        self.innovationUnit = innovations.map { unitByID[$0.unitID] ?? -1 }
        self.units = units
        self.unitByID = unitByID
        self.parents = units.map { u in u.parent.flatMap { unitByID[$0] } ?? -1 }
        self.tagTable = TagTable(innovations: tags, units: unitTags)
    }

    /// The innovations `post` is about, best first; [] when none.
    public func match(_ post: MatchPost) -> [InnovationMatch] {
        evaluate(post, notes: false).matches
    }

    /// True when `a` is `b`, or one is an ancestor of the other.
    func related(_ a: Int32, _ b: Int32) -> Bool {
        a == b || isAncestor(a, of: b) || isAncestor(b, of: a)
    }

    func isAncestor(_ a: Int32, of b: Int32) -> Bool {
        var p = b >= 0 ? parents[Int(b)] : -1
        var steps = 0
        while p >= 0 && steps < 16 {
            if p == a { return true }
            p = parents[Int(p)]
            steps += 1
        }
        return false
    }
}

extension Matcher {
    /// `text` as the matcher reads it: folded words joined by single spaces (for tools and benchmarks).
    public func normalized(_ text: String) -> String {
        normalizer.normalize(text).joined
    }

    /// The registry phrases of every innovation (names, acronyms, aliases), normalised: what a naive
    /// keyword search would look for.
    public var innovationPhrases: [String] {
        innovations.flatMap { inv in
            ([inv.name] + inv.aliases + (inv.acronym.map { [$0] } ?? [])).map { normalizer.normalize($0).joined }
        }.filter { !$0.isEmpty }
    }
}

extension Matcher {
    /// Sizes of the built tables, for benchmarks and diagnostics.
    public var statistics: String {
        "\(innovations.count) innovations, \(units.count) units, \(vocabulary.count) words, \(patterns.count) phrases, "
            + "\(automaton.stateCount) automaton states (\(automaton.severalChildrenCount) with several children)"
    }
}

/// Bits of `Matcher.opener`.
enum UnitOpener {
    static let polres: UInt8 = 1
    static let polsek: UInt8 = 2
}
