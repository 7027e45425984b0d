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
}
