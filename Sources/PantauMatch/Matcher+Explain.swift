import PantauModel

extension Matcher {
    /// Per-post findings gathered while scanning.
    struct Findings {
        var candidates = SmallMap<Candidate>()
        /// Units named for certain ("Mapolres Tuban"), with where.
        var namedUnits = SmallMap<Mention>()
        /// Units whose bare place was named ("Tuban").
        var placedUnits = SmallMap<Mention>()
        /// Polres-level units named in the text that are not in the registry ("Polres Lamongan").
        var otherUnits: [Range<Int>] = []
        /// Registered units whose area a Polsek named in the text lies in ("Polsek Kota Tuban" → Polres
        /// Tuban): they count like named units when deciding whether the post is about another unit.
        var areaUnits = SmallMap<Mention>()
        /// Keywords and excludes found, per innovation (see `LabelHit`).
        var keywordHits: [LabelHit] = []
        var excludeHits: [LabelHit] = []
        /// Every registered place found in the text: its words and its unit.
        var placeHits: [(range: Range<Int>, unit: Int32)] = []
        /// The normalised text, to turn mentions into the words as written.
        var text: NormalizedText

        func written(_ m: Mention) -> String {
            switch m {
            case .words(let r): text.original(r)
            case .wholeTag(let k), .tag(_, let k): text.tagAsWritten(k)
            }
        }
    }


    /// The matches for `post`, with notes on what was mentioned but not matched.
    public func explain(_ post: MatchPost) -> MatchExplanation {
        evaluate(post, notes: true)
    }

    /// Matches `post`; writes notes only when asked (building them costs time on every post).
    func evaluate(_ post: MatchPost, notes wantNotes: Bool) -> MatchExplanation {
        var full = post.text
        if let t = post.title, !t.isEmpty { full = t + "\n" + post.text }
        let scratch = MatchScratch.current
        var findings = scratch.takeFindings(normalizer.normalize(full, scratch: scratch))
        defer { scratch.recycle(&findings) }
        scan(into: &findings)
        findTags(into: &findings)

        var notes: [String] = []
        var channel: Int32?
        if let id = post.unitID {
            if let c = unitByID[id] { channel = c } else if wantNotes { notes.append("unit \"\(id)\" is not in the registry: ignored") }
        }
        var matches: [InnovationMatch] = []
        for (i, found) in findings.candidates.sortedByKey() where found.hasMainRule {
            var cand = found
            cand.attach(keywordHits: findings.keywordHits, excludeHits: findings.excludeHits, of: i, labels: labels)
            if let veto = cand.excludes.first {
                if wantNotes { notes.append("\(innovations[Int(i)].id): vetoed by exclude \"\(veto)\"") }
                continue
            }
            switch decideUnit(i, cand, channel: channel, findings: findings, notes: wantNotes) {
            case .failure(let reason):
                if let note = reason.note { notes.append(note) }
            case .success(let decision):
                if !decision.satisfies(cand.unitNeed) {
                    if wantNotes {
                        notes.append("\(innovations[Int(i)].id): \(cand.firstRule.rule.label) \"\(findings.written(cand.firstRule.words))\" alone needs the unit named")
                    }
                    continue
                }
                matches.append(score(i, cand, decision, findings))
            }
        }
        matches.sort { $0.score != $1.score ? $0.score > $1.score : $0.innovationID < $1.innovationID }
        return MatchExplanation(matches: matches, notes: notes)
    }

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
        let text = f.text
        let n = text.tokens.count
        // The normaliser leaves slack after the folded bytes, so word heads can be read eight bytes at once.
        let padded = text.folded.capacity >= text.folded.count + 8
        // Which unit-name openers occur (`UnitOpener` bits), so posts without any skip those searches.
        var openers: UInt8 = 0
        text.folded.withUnsafeBufferPointer { folded in
            text.tokens.withUnsafeBufferPointer { tokens in
                opener.withUnsafeBufferPointer { opener in
                    for i in 0..<n {
                        let t = tokens[i]
                        let w = UnsafeBufferPointer(start: folded.baseAddress! + Int(t.start), count: Int(t.end - t.start))
                        let id = vocabulary.lookup(w, padded: padded).0
                        ids[i] = id
                        openers |= opener[Int(id)]
                    }
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
        // Places are only needed after a Polsek name (see `findPolsekAreas`).
        let namesPolsek = openers & UnitOpener.polsek != 0
        patterns.withPayloads { allPayloads in
        phrases.withUnsafeBufferPointer { phraseTable in
        automaton.scan(UnsafeBufferPointer(ids)) { tag, end in
            let info = PatternTable.info(tag: tag)
            let range = (end - Int(info.length))..<end
            let typos = typo[range].reduce(0) { $0 + ($1 ? 1 : 0) }
            let list = UnsafeBufferPointer(rebasing: allPayloads[Int(info.payloadStart)..<(Int(info.payloadStart) + Int(info.payloadCount))])
            let shared = info.shared
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
                    let hit = RuleHit(phrases: phraseTable, phraseIndex: pl.phrase, everyday: pl.everyday,
                                      hasAcronym: hasAcronym[Int(pl.target)], range: range, typos: typos)
                    guard let (fired, weak) = judge(kind, hit, text) else { continue }
                    switch fired {
                    case .keyword: f.keywordHits.append(LabelHit(innovation: pl.target, label: phraseLabels[Int(pl.phrase)]))
                    case .exclude: f.excludeHits.append(LabelHit(innovation: pl.target, label: phraseLabels[Int(pl.phrase)]))
                    default:
                        f.candidates[pl.target, default: Candidate()].record(fired, hit: hit, label: phraseLabels[Int(pl.phrase)],
                                                                             unitNeed: weak, shared: shared, rivals: list)
                    }
                default: break
                }
            }
        }
        }
        }
        if namesPolsek && !f.placeHits.isEmpty { findPolsekAreas(UnsafeBufferPointer(ids), into: &f) }
        if openers & UnitOpener.polres != 0 { findOtherUnits(UnsafeBufferPointer(ids), into: &f) }
    }

    /// Words that follow "Polres"/"Kapolres" without naming a place (ranks, "jajaran", "se-").
    static let ranks: Set<String> = [
        "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "kombes",
        "kombespol", "ajun", "komisaris", "inspektur", "brigadir",
    ]
    static let notPlaces: Set<String> = [
        "pol", "jajaran", "se", "di", "dan", "yang", "beserta", "bersama", "serta", "metro", "kota", "kabupaten",
        "setempat", "tersebut", "itu", "ini", "hingga", "sampai", "untuk", "juga", "telah", "sudah", "akan", "menggelar",
    ]

    /// Polres-level unit names in the text that no registered unit accounts for.
    func findOtherUnits(_ ids: UnsafeBufferPointer<Int32>, into f: inout Findings) {
        let n = ids.count
        let text = f.text
        opener.withUnsafeBufferPointer { opener in
            for i in 0..<n where opener[Int(ids[i])] & UnitOpener.polres != 0 {
                var j = i + 1
                while j < n, notPlaceWords.contains(token: j, of: text), j < i + 3 { j += 1 }
                // "Kapolres AKBP Fulan": a rank is followed by a person, not a place.
                guard j < n, !notPlaceWords.contains(token: j, of: text), !rankWords.contains(token: j, of: text),
                      !text.tokens[j].flags.contains(.sentenceStart)
                else { continue }
                // Part of a registered unit's name.
                if f.namedUnits.values.contains(where: { m in
                    if case .words(let r) = m { return r.contains(i) || r.contains(j) } else { return false }
                }) { continue }
                f.otherUnits.append(i..<(j + 1))
            }
        }
    }

    /// "Polsek [Kota] Tuban", "Kapolsek Tuban": a Polsek (registered or not) in the area of the unit whose
    /// place follows. A Polsek whose place is no registered place says nothing (it may be under any unit).
    func findPolsekAreas(_ ids: UnsafeBufferPointer<Int32>, into f: inout Findings) {
        let n = ids.count
        let text = f.text
        opener.withUnsafeBufferPointer { opener in
            for i in 0..<n where opener[Int(ids[i])] & UnitOpener.polsek != 0 {
                var j = i + 1
                while j < n, notPlaceWords.contains(token: j, of: text), j < i + 3 { j += 1 }
                guard j < n, let hit = f.placeHits.first(where: { $0.range.lowerBound == j }) else { continue }
                // A registered Polsek named in full is already a named unit.
                if f.namedUnits[hit.unit] == nil, f.areaUnits[hit.unit] == nil { f.areaUnits[hit.unit] = .words(i..<hit.range.upperBound) }
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

    /// Hashtags: whole bodies ("#simbatuban"), or an innovation body followed by a unit or place.
    func findTags(into f: inout Findings) {
        let text = f.text
        for (tagIndex, tag) in text.tags.enumerated() where !tag.isMention {
            let (entries, unitPart) = text.folded.withUnsafeBufferPointer { folded in
                let b = UnsafeBufferPointer(rebasing: folded[Int(tag.bodyStart)..<Int(tag.bodyEnd)])
                let whole = tagTable.lookup(b)
                var entries = whole.innovations
                var unitPart: [(unit: Int32, strong: Bool)] = whole.units ?? []
                if entries == nil && b.count > 4 {
                    for k in stride(from: b.count - 2, through: 3, by: -1) {
                        guard tagTable.mayBeInnovation(b, length: k),
                              let e = tagTable.innovations(UnsafeBufferPointer(rebasing: b[..<k])),
                              let u = tagTable.units(UnsafeBufferPointer(rebasing: b[k...])) else { continue }
                        entries = e
                        unitPart = u
                        break
                    }
                }
                return (entries, unitPart)
            }
            guard entries != nil || !unitPart.isEmpty else { continue }
            for u in unitPart {
                if u.strong, f.namedUnits[u.unit] == nil { f.namedUnits[u.unit] = .wholeTag(tagIndex) }
                if !u.strong, f.placedUnits[u.unit] == nil { f.placedUnits[u.unit] = .wholeTag(tagIndex) }
            }
            guard let entries, let firstEntry = entries.first else { continue }
            let firstUnit = innovationUnit[Int(firstEntry.innovation)]
            let severalUnits = entries.contains { innovationUnit[Int($0.innovation)] != firstUnit }
            for e in entries {
                let where_ = Mention.tag(tag.firstToken..<(tag.firstToken + tag.tokenCount), tagIndex)
                f.candidates[e.innovation, default: Candidate()].add(.init(rule: e.rule, words: where_, label: e.label))
                if severalUnits {
                    for r in entries where !(f.candidates[e.innovation]?.rivals.contains(r.innovation) ?? true) {
                        f.candidates[e.innovation]?.rivals.append(r.innovation)
                    }
                } else {
                    f.candidates[e.innovation]?.hasUnique = true
                }
            }
        }
    }
}
