import PantauModel

extension Matcher {
    /// Runs the automaton over the text and sorts what it found.
    func scan(_ text: NormalizedText) -> Findings {
        var f = Findings(text: text)
        scan(into: &f)
        return f
    }

    /// Runs the automaton over `f.text` and records what it found in `f` (empty on entry).
    func scan(into f: inout Findings) {
        let n = f.text.tokens.count
        // Word ids and typo marks live on the stack (or in one temporary buffer for long texts).
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { ids in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: n) { typo in
                typo.initialize(repeating: false)
                ids.initialize(repeating: 0)
                scan(into: &f, ids: ids, typo: typo)
            }
        }
    }

    private func scan(into f: inout Findings, ids: UnsafeMutableBufferPointer<Int32>,
                      typo: UnsafeMutableBufferPointer<Bool>) {
        let openers = lookUpWords(f.text, ids: ids, typo: typo)
        // Places are only needed after a Polsek name (see `findPolsekAreas`).
        let namesPolsek = openers & UnitOpener.polsek != 0
        patterns.withPayloads { allPayloads in
            automaton.scan(UnsafeBufferPointer(ids)) { tag, end in
                let info = PatternTable.info(tag: tag)
                let start = Int(info.payloadStart)
                record(UnsafeBufferPointer(rebasing: allPayloads[start..<(start + Int(info.payloadCount))]),
                       range: (end - Int(info.length))..<end, shared: info.shared, ids: UnsafeBufferPointer(ids),
                       typo: UnsafeBufferPointer(typo), namesPolsek: namesPolsek, into: &f)
            }
        }
        if namesPolsek && !f.placeHits.isEmpty { findPolsekAreas(UnsafeBufferPointer(ids), into: &f) }
        if openers & UnitOpener.polres != 0 { findOtherUnits(UnsafeBufferPointer(ids), into: &f) }
    }

    /// Records one phrase found at `range`: what each of its payloads (unit names, places, rule phrases)
    /// makes of it.
    @inline(__always)
    private func record(_ list: UnsafeBufferPointer<Payload>, range: Range<Int>, shared: Bool,
                        ids: UnsafeBufferPointer<Int32>, typo: UnsafeBufferPointer<Bool>, namesPolsek: Bool,
                        into f: inout Findings) {
        let typos = typo[range].reduce(0) { $0 + ($1 ? 1 : 0) }
        for pl in list {
            switch pl.kind {
            case .unitName where typos == 0:
                if f.namedUnits[pl.target] == nil { f.namedUnits[pl.target] = .words(range) }
            case .unitPlace where typos == 0:
                if f.placedUnits[pl.target] == nil { f.placedUnits[pl.target] = .words(range) }
                // Kept only within three words after a Polsek name (all `findPolsekAreas` looks at).
                if namesPolsek {
                    let a = range.lowerBound
                    if (max(0, a - 3)..<a).contains(where: { opener[Int(ids[$0])] & UnitOpener.polsek != 0 }) {
                        f.placeHits.append((range, pl.target))
                    }
                }
            case .rule(let kind):
                let hit = RuleHit(phrases: phrases, phraseIndex: pl.phrase, everyday: pl.everyday,
                                  hasAcronym: hasAcronym[Int(pl.target)], range: range, typos: typos)
                guard let (fired, weak) = judge(kind, hit, f.text) else { continue }
                let label = phraseLabels[Int(pl.phrase)]
                switch fired {
                case .keyword: f.keywordHits.append(LabelHit(innovation: pl.target, label: label))
                case .exclude: f.excludeHits.append(LabelHit(innovation: pl.target, label: label))
                default:
                    f.candidates[pl.target, default: Candidate()].record(fired, hit: hit, label: label, unitNeed: weak,
                                                                         shared: shared, rivals: list)
                }
            default: break
            }
        }
    }

    /// The rule that a hit counts for, or nil when its rule turns it down.
    func judge(_ kind: RuleKind, _ hit: RuleHit, _ text: NormalizedText) -> (RuleKind, UnitNeed)? {
        switch kind {
        case .name where hit.typos == 0: return judge(NameRule.self, hit, text)
        case .alias where hit.typos == 0: return judge(AliasRule.self, hit, text)
        case .name, .alias: return judge(TypoRule.self, hit, text)
        case .acronym: return judge(AcronymRule.self, hit, text)
        case .partial: return judge(PartialNameRule.self, hit, text)
        case .keyword: return judge(KeywordRule.self, hit, text)
        case .exclude: return judge(ExcludeRule.self, hit, text)
        case .hashtag, .typo: return nil
        }
    }

    /// One rule's verdict (generic, so each rule's checks are called directly).
    @inline(__always)
    private func judge<R: MatchRule>(_ rule: R.Type, _ hit: RuleHit, _ text: NormalizedText) -> (RuleKind, UnitNeed)? {
        guard R.accepts(hit, in: text) else { return nil }
        return (R.kind, R.unitNeeded(hit, in: text))
    }

    /// Looks every word of `text` up (exactly, then through a typo) into `ids` and `typo`; returns
    /// which unit-name openers occur (`UnitOpener` bits), so posts without any skip those searches.
    ///
    private func lookUpWords(_ text: NormalizedText, ids: UnsafeMutableBufferPointer<Int32>,
                             typo: UnsafeMutableBufferPointer<Bool>) -> UInt8 {
        let n = text.tokens.count
        // The normaliser leaves slack after the folded bytes, so word heads can be read eight bytes at once.
        let padded = text.folded.capacity >= text.folded.count + 8
        var openers: UInt8 = 0
        text.folded.withUnsafeBufferPointer { folded in
            text.tokens.withUnsafeBufferPointer { tokens in
                opener.withUnsafeBufferPointer { opener in
                    openers = vocabulary.lookUp(tokens, in: folded, padded: padded, into: ids, opener: opener)
                }
            }
            guard vocabulary.hasTypoWords else { return }
            for i in 0..<n where ids[i] == 0 {
                let t = text.tokens[i]
                guard t.count >= Vocabulary.typoMinLength - 1,
                      let id = vocabulary.typo(UnsafeBufferPointer(rebasing: folded[Int(t.start)..<Int(t.end)]),
                                               before: i > 0 && !typo[i - 1] ? ids[i - 1] : 0,
                                               after: i + 1 < n ? ids[i + 1] : 0)
                else { continue }
                ids[i] = id
                typo[i] = true
                openers |= opener[Int(id)]
            }
        }
        return openers
    }
}
