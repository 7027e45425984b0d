import PantauModel

extension Matcher {
    /// Decides whether the innovation's unit is the one the post is about.
    /// A failure carries a note for the user (nil when another candidate simply won).
    func decideUnit(_ i: Int32, _ c: Candidate, channel: Int32?, findings f: Findings,
                    notes: Bool) -> Result<UnitDecision, NoteError> {
        let u = innovationUnit[Int(i)]
        if let ch = channel, ch == u { return .success(.channel) }
        if u >= 0, let m = f.namedUnits[u] { return .success(.text(m)) }
        let shared = !c.hasUnique && !c.rivals.isEmpty
        if shared {
            let rivals = Set(c.rivals + [i]).sorted()
            let rivalUnits = rivals.map { innovationUnit[Int($0)] }
            if let ch = channel {
                if rivalUnits.contains(ch) { return .failure(NoteError(nil)) }
                let below = rivals.filter { isAncestor(ch, of: innovationUnit[Int($0)]) }
                if below == [i] { return .success(.relatedChannel(units[Int(ch)].name)) }
            }
            if rivalUnits.contains(where: { $0 >= 0 && f.namedUnits[$0] != nil }) { return .failure(NoteError(nil)) }
            let placed = rivals.filter { innovationUnit[Int($0)] >= 0 && f.placedUnits[innovationUnit[Int($0)]] != nil }
            if placed == [i], let m = f.placedUnits[u] { return .success(.place(m)) }
            guard notes, rivals.first == i else { return .failure(NoteError(nil)) }
            let names = Set(rivalUnits.map { $0 >= 0 ? units[Int($0)].name : "?" }).sorted().joined(separator: ", ")
            return .failure(NoteError("ambiguous: \"\(f.written(c.firstRule.words))\" is registered at \(names); "
                + "neither the post's channel nor its text decides which, so no match"))
        }
        if let ch = channel {
            if u >= 0, related(ch, u) { return .success(.relatedChannel(units[Int(ch)].name)) }
            guard notes else { return .failure(NoteError(nil)) }
            let owner = u >= 0 ? units[Int(u)].name : innovations[Int(i)].unitID
            return .failure(NoteError("\(innovations[Int(i)].id): the post comes from \(units[Int(ch)].name)'s channel and does not name \(owner)"))
        }
        // A Polda's innovation in a text naming the Polda's region: the unregistered Polres beside it
        // may be any of its own ("… Polres jajaran … Sumut"), so they say nothing against it.
        let regionNamed = u >= 0 && units[Int(u)].kind == .polda && f.placedUnits[u] != nil
        let others = regionNamed ? [] : f.otherUnits
        if !f.namedUnits.isEmpty || !others.isEmpty || !f.areaUnits.isEmpty,
           !f.namedUnits.keys.contains(where: { u >= 0 && related($0, u) }),
           !f.areaUnits.keys.contains(where: { u >= 0 && related($0, u) }) {
            guard notes else { return .failure(NoteError(nil)) }
            let named = (f.namedUnits.keys.sorted().map { units[Int($0)].name } + others.map { f.text.original($0) }
                         + f.areaUnits.values.map { f.written($0) })
                .joined(separator: ", ")
            let owner = u >= 0 ? units[Int(u)].name : innovations[Int(i)].unitID
            return .failure(NoteError("\(innovations[Int(i)].id): the post names \(named), not \(owner)"))
        }
        if u >= 0, let m = f.placedUnits[u] { return .success(.place(m)) }
        return .success(.unconfirmed)
    }

    /// The confidence and evidence of a decided match.
    func score(_ i: Int32, _ c: Candidate, _ d: UnitDecision, _ found: Findings) -> InnovationMatch {
        let fired = c.fired
        let ordered = fired.sorted { $0.rule.baseScore > $1.rule.baseScore }
        var s = ordered[0].rule.baseScore
        if fired.contains(where: { $0.rule != fired[0].rule }) { s += 0.04 }
        s += d.bonus
        s += min(0.06, 0.03 * Double(c.keywords.count))
        s = (min(1, s) * 100).rounded() / 100
        var evidence: [String] = []
        var seen = Set<String>()
        var covered: [Range<Int>] = []
        for f in ordered {
            // Words already explained by a stronger rule (an alias equal to the name, the acronym
            // inside a hashtag, a partial name inside the full name) add nothing.
            if let r = f.words.range {
                if covered.contains(where: { $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) { continue }
                covered.append(r)
            }
            let line: String
            switch f.rule {
            case .typo, .partial: line = "\(f.rule.label): \(found.written(f.words)) (\(labels[Int(f.label)]))"
            default: line = "\(f.rule.label): \(found.written(f.words))"
            }
            if seen.insert(line.lowercased()).inserted { evidence.append(line) }
        }
        for k in c.keywords { evidence.append("keyword: \(k)") }
        let u = innovationUnit[Int(i)]
        let unitName = u >= 0 ? units[Int(u)].name : innovations[Int(i)].unitID
        switch d {
        case .channel: evidence.append("unit: \(unitName) (own channel)")
        case .text(let m): evidence.append("unit: \(found.written(m)) (named in text)")
        case .place(let m): evidence.append("unit: \(unitName) (place \"\(found.written(m))\" named in text)")
        case .relatedChannel(let ch): evidence.append("unit: \(unitName) (post from the channel of \(ch))")
        case .unconfirmed: evidence.append("unit: not named (only \(unitName) registers this innovation)")
        }
        return InnovationMatch(innovationID: innovations[Int(i)].id, score: s, evidence: evidence)
    }
}

/// A reason a candidate was turned down; nil when nothing needs saying.
struct NoteError: Error, Sendable {
    var note: String?
    init(_ note: String?) { self.note = note }
}
