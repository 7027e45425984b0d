import Foundation
import PantauModel

/// Collects the spellings `Matcher.suggestAliases` sees, post by post, into suggestions.
struct SuggestionBook {
    struct Key: Hashable {
        var source: AliasSuggestion.Source
        var kind: AliasSuggestion.Kind
        var unit: Int32
        var innovation: Int32
        /// The spelling folded ("polres tanjung perak"), so case and punctuation do not split it.
        var folded: String
    }

    struct Entry {
        var spelling: String
        var posts: Set<String> = []
        var examples: [AliasSuggestion.Example] = []
    }

    private(set) var entries: [Key: Entry] = [:]

    /// Records one sighting of `spelling` in post `postID`.
    mutating func add(_ key: Key, spelling: String, postID: String, example: AliasSuggestion.Example) {
        var e = entries[key] ?? Entry(spelling: spelling)
        guard e.posts.insert(postID).inserted else { entries[key] = e; return }
        if e.examples.count < 3, !e.examples.contains(example) { e.examples.append(example) }
        entries[key] = e
    }

    /// The suggestions, most posts first, with the YAML lines that add each one. One spelling seen by
    /// several sources is one suggestion; `minimumPosts` is asked per source.
    func suggestions(units: [PantauModel.Unit], innovations: [Innovation], minimumPosts: (Key) -> Int) -> [AliasSuggestion] {
        var merged: [Key: (sources: [AliasSuggestion.Source], entry: Entry)] = [:]
        for (key, e) in entries.sorted(by: { $0.key.source.rawValue < $1.key.source.rawValue })
        where e.posts.count >= minimumPosts(key) {
            var k = key
            k.source = .nearMiss
            var m = merged[k] ?? ([], Entry(spelling: e.spelling))
            m.sources.append(key.source)
            m.entry.posts.formUnion(e.posts)
            for x in e.examples where m.entry.examples.count < 3 && !m.entry.examples.contains(x) { m.entry.examples.append(x) }
            merged[k] = m
        }
        return merged.map { key, m -> AliasSuggestion in
            let unit = units[Int(key.unit)]
            let inv = key.innovation >= 0 ? innovations[Int(key.innovation)] : nil
            return AliasSuggestion(sources: m.sources, kind: key.kind, unitID: unit.id, innovationID: inv?.id,
                                   spelling: m.entry.spelling, posts: m.entry.posts.count, examples: m.entry.examples,
                                   yaml: Self.yaml(key.kind, m.entry.spelling, unit: unit, innovation: inv))
        }
        .sorted { ($0.posts, $1.unitID, $1.spelling) > ($1.posts, $0.unitID, $0.spelling) }
    }

    /// The lines for the unit's registry file (`shared/spec/registry.md`), after a comment saying where.
    static func yaml(_ kind: AliasSuggestion.Kind, _ spelling: String, unit: PantauModel.Unit, innovation: Innovation?) -> [String] {
        switch kind {
        case .unitAlias:
            return ["# \(unit.id).yaml, under unit: → aliases:", "    - \(quoted(spelling))"]
        case .innovationAlias:
            return ["# \(unit.id).yaml, innovation \(innovation?.id ?? "?") → aliases:", "      - \(quoted(spelling))"]
        case .hashtag:
            let all = (innovation?.hashtags ?? []) + [spelling]
            return ["# \(unit.id).yaml, innovation \(innovation?.id ?? "?"): replace its hashtags line",
                    "    hashtags: [\(all.map(quoted).joined(separator: ", "))]"]
        }
    }

    /// A YAML scalar, double-quoted when plain style would change its meaning.
    static func quoted(_ s: String) -> String {
        let special: Set<Character> = [",", ":", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "\\"]
        let plain = !s.isEmpty && !s.contains(where: special.contains) && s.first != " " && s.last != " "
            && s.first != "-" && s.first != "?"
        if plain { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
