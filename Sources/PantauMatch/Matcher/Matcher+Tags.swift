extension Matcher {
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
