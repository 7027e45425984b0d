import PantauModel

extension Matcher {
    /// The unit's own channel writing one of its innovations in a spelling the registry does not
    /// hold: a shortened name ("Posko Mobile" of "Bus Posko Mobile", "Klinik ZI", "Shelter Zona
    /// Selatan"), a word a letter or two off ("Jogo Surobo"), or a hashtag made of one of those
    /// ("#KlinikZI"). Of overlapping spellings in one post only the longest is kept.
    func ownChannel(_ f: Findings, unit: Int32, post: MatchPost, cache: inout SuggestCache,
                    into book: inout SuggestionBook) {
        let text = f.text
        let n = text.tokens.count
        guard n >= 1 else { return }
        let words = (0..<n).map { text.word($0) }
        for (k, inv) in innovations.enumerated() where innovationUnit[k] == unit {
            let i = Int32(k)
            let name = normalizer.words(inv.name)
            guard name.count >= 2 else { continue }
            if cache.spellings[i] == nil { cache.spellings[i] = registeredSpellings(inv) }
            let registered = cache.spellings[i] ?? []
            let covered = f.candidates[i]
            // Every shortening keeps at least one of the name's words as it is: windows without one
            // are skipped before any array is made (most of a long post).
            let nameWords = Set(name)
            let isNameWord = words.map(nameWords.contains)
            guard isNameWord.contains(true) else { continue }
            var found: [Range<Int>] = []
            for start in 0..<n {
                for len in 2...max(2, min(name.count + 1, n - start)) where start + len <= n {
                    let r = start..<(start + len)
                    guard isNameWord[r].contains(true) else { continue }
                    let w = Array(words[r])
                    guard !registered.contains(w), !r.contains(where: { covered?.covers($0) == true || text.tokens[$0].flags.contains(.hashtag) }),
                          NameShortening.isShortening(w, of: name) else { continue }
                    found.append(r)
                }
            }
            for r in found where !found.contains(where: { $0 != r && $0.lowerBound <= r.lowerBound && r.upperBound <= $0.upperBound }) {
                book.add(.init(source: .ownChannel, kind: .innovationAlias, unit: unit, innovation: i,
                               folded: words[r].joined(separator: " ")),
                         spelling: text.original(r), postID: post.id,
                         example: .init(sentence: text.sentence(around: r), url: post.url))
            }
            for (t, tag) in text.tags.enumerated() where !tag.isMention && tag.tokenCount >= 2 {
                let r = tag.firstToken..<(tag.firstToken + tag.tokenCount)
                let w = Array(words[r])
                guard covered?.covers(r.lowerBound) != true, !registered.contains(w),
                      w == name || NameShortening.isShortening(w, of: name) else { continue }
                let body = String(decoding: text.tagBody(t), as: UTF8.self)
                book.add(.init(source: .ownChannel, kind: .hashtag, unit: unit, innovation: i, folded: body),
                         spelling: String(text.tagAsWritten(t).drop { $0 == "#" }), postID: post.id,
                         example: .init(sentence: text.sentence(around: r), url: post.url))
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
}
