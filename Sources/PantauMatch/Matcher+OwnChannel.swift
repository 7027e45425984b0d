import PantauModel

extension Matcher {
    /// The unit's own channel writing one of its innovations in a spelling the registry does not
    /// hold: part of the name that is not its opening ("Posko Mobile" of "Bus Posko Mobile"), or a
    /// spelling a few letters away from the name ("Jogo Surobo" for "Jogo Suroboyo").
    func ownChannel(_ f: Findings, unit: Int32, post: MatchPost, cache: inout SuggestCache,
                    into book: inout SuggestionBook) {
        let text = f.text
        let n = text.tokens.count
        guard n >= 2 else { return }
        let words = (0..<n).map { text.word($0) }
        for (k, inv) in innovations.enumerated() where innovationUnit[k] == unit {
            let i = Int32(k)
            let name = normalizer.words(inv.name)
            guard name.count >= 2 else { continue }
            if cache.spellings[i] == nil { cache.spellings[i] = registeredSpellings(inv) }
            let registered = cache.spellings[i] ?? []
            let covered = f.candidates[i]
            let joinedName = Array(name.joined().utf8)
            for start in 0..<(n - 1) {
                for len in 2...min(name.count + 1, n - start) {
                    let r = start..<(start + len)
                    let w = Array(words[r])
                    guard !registered.contains(w), !r.contains(where: { covered?.covers($0) == true || text.tokens[$0].flags.contains(.hashtag) })
                    else { continue }
                    guard Self.isInnerPart(w, of: name) || Self.isNear(w, joinedName, name: name) else { continue }
                    book.add(.init(source: .ownChannel, kind: .innovationAlias, unit: unit, innovation: i,
                                   folded: w.joined(separator: " ")),
                             spelling: text.original(r), postID: post.id,
                             example: .init(sentence: text.sentence(around: r), url: post.url))
                }
            }
        }
    }

    /// Every phrase the registry already finds for `inv` (name, acronym, aliases, name openings).
    func registeredSpellings(_ inv: Innovation) -> Set<[String]> {
        var out = Set<[String]>()
        for rule in Self.phraseRules where rule.kind != .keyword && rule.kind != .exclude {
            for p in rule.phrases(for: inv, normalizer: normalizer) { out.insert(p.words) }
        }
        return out
    }

    /// Two or more consecutive words of the name, not its opening (those already count), with at
    /// least one word that is not an everyday word.
    static func isInnerPart(_ w: [String], of name: [String]) -> Bool {
        guard w.count >= 2, w.count < name.count, !w.allSatisfy(EverydayWords.contains),
              !PartialNameRule.connectors.contains(w[0]) else { return false }
        for s in 1...(name.count - w.count) where Array(name[s..<(s + w.count)]) == w { return true }
        return false
    }

    /// About as many words as the name, and a few letters away from it (one in six), same first letter.
    static func isNear(_ w: [String], _ joinedName: [UInt8], name: [String]) -> Bool {
        guard abs(w.count - name.count) <= 1, w.first?.first == name.first?.first else { return false }
        let joined = Array(w.joined().utf8)
        guard joined != joinedName else { return false }
        return SpellingSimilarity.distance(joined, joinedName, limit: max(1, joinedName.count / 6)) != nil
    }
}
