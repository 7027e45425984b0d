import PantauModel

extension Matcher {
    /// Candidate aliases for units and innovations, read from stored posts, most posts first:
    /// - near-misses: an innovation's name or acronym in a post that names its unit in a spelling the
    ///   registry lacks ("Polres Tanjung Perak" for "Polres Pelabuhan Tanjung Perak");
    /// - the unit's own channel writing one of its innovations in a spelling the registry lacks
    ///   ("Posko Mobile" for "Bus Posko Mobile", "Jogo Surobo" for "Jogo Suroboyo");
    /// - hashtags that keep company with a matched innovation (in two posts or more, and in at least
    ///   half of the posts carrying the tag).
    public func suggestAliases(_ posts: [MatchPost]) -> [AliasSuggestion] {
        var book = SuggestionBook()
        var tags: [String: TagSightings] = [:]
        var cache = SuggestCache()
        for post in posts {
            var full = post.text
            if let t = post.title, !t.isEmpty { full = t + "\n" + post.text }
            var f = Findings(text: normalizer.normalize(full))
            scan(into: &f)
            findTags(into: &f)
            let matched = Set(match(post).compactMap { m in innovations.firstIndex { $0.id == m.innovationID }.map(Int32.init) })
            nearMisses(f, matched: matched, post: post, cache: &cache, into: &book)
            if let id = post.unitID, let ch = unitByID[id] { ownChannel(f, unit: ch, post: post, cache: &cache, into: &book) }
            observeTags(f, matched: matched, post: post, into: &tags)
        }
        for (body, seen) in tags {
            for (inv, ids) in seen.byInnovation where ids.count * 2 >= seen.posts.count {
                for (postID, example) in ids {  // in the order the posts were read
                    book.add(.init(source: .hashtag, kind: .hashtag, unit: innovationUnit[Int(inv)], innovation: inv, folded: body),
                             spelling: seen.written, postID: postID, example: example)
                }
            }
        }
        return book.suggestions(units: units, innovations: innovations) { $0.source == .hashtag ? 2 : 1 }
    }

    /// Hashtags of one body: the posts carrying it, and those among them matched to each innovation.
    struct TagSightings {
        var written = ""
        var posts: Set<String> = []
        /// Per innovation, the posts in the order read (post id and example).
        var byInnovation: [Int32: [(post: String, example: AliasSuggestion.Example)]] = [:]
    }

    /// Per-registry facts the suggestion passes ask for again and again.
    struct SuggestCache {
        var places: [Int32: [[String]]] = [:]
        var spellings: [Int32: Set<[String]>] = [:]
    }

    /// Near-misses: a candidate that failed while the text names an unregistered unit spelling that
    /// may be the innovation's own unit.
    func nearMisses(_ f: Findings, matched: Set<Int32>, post: MatchPost, cache: inout SuggestCache,
                    into book: inout SuggestionBook) {
        guard !f.otherUnits.isEmpty else { return }
        for (i, c) in f.candidates.sortedByKey() where c.hasMainRule && !matched.contains(i) {
            let u = innovationUnit[Int(i)]
            guard u >= 0 else { continue }
            if cache.places[u] == nil { cache.places[u] = UnitForms(unit: units[Int(u)], normalizer: normalizer).places }
            let places = cache.places[u] ?? []
            for r in f.otherUnits {
                let whole = f.text.unitPhrase(from: r, stopping: notPlaceWords, rankWords)
                let placeWords = ((r.upperBound - 1)..<whole.upperBound).map { f.text.word($0) }
                guard places.contains(where: { SpellingSimilarity.mayName(placeWords, $0) }) else { continue }
                let spelling = f.text.original(whole)
                book.add(.init(source: .nearMiss, kind: .unitAlias, unit: u, innovation: i,
                               folded: whole.map { f.text.word($0) }.joined(separator: " ")),
                         spelling: spelling, postID: post.id,
                         example: .init(sentence: f.text.sentence(around: whole), url: post.url))
            }
        }
    }

    /// Hashtags that the registry does not know, with the innovations matched in the same post.
    func observeTags(_ f: Findings, matched: Set<Int32>, post: MatchPost, into tags: inout [String: TagSightings]) {
        for (k, tag) in f.text.tags.enumerated() where !tag.isMention {
            let body = f.text.tagBody(k)
            let known = Array(body).withUnsafeBufferPointer { b in
                let l = tagTable.lookup(b)
                return l.innovations != nil || l.units != nil
            }
            // A tag of generic words only (#ZonaIntegritas, #PelayananPrima) says nothing of one innovation.
            let words = (tag.firstToken..<(tag.firstToken + tag.tokenCount)).map { f.text.word($0) }
            guard !known, body.count >= 3, GenericPhraseWords.distinctive(words) else { continue }
            let key = String(decoding: body, as: UTF8.self)
            var seen = tags[key] ?? TagSightings()
            if seen.written.isEmpty { seen.written = String(f.text.tagAsWritten(k).drop { $0 == "#" }) }
            seen.posts.insert(post.id)
            let example = AliasSuggestion.Example(
                sentence: f.text.sentence(around: tag.firstToken..<(tag.firstToken + max(1, tag.tokenCount))), url: post.url)
            for i in matched where !(seen.byInnovation[i]?.contains { $0.post == post.id } ?? false) {
                seen.byInnovation[i, default: []].append((post.id, example))
            }
            tags[key] = seen
        }
    }
}
