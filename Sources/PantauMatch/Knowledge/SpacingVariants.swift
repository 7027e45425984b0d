/// Spellings of a registry phrase that differ only in spacing: "door to door" / "doortodoor",
/// "Dibanjar" / "di Banjar", "Jumat Curhat" / "JumatCurhat".
enum SpacingVariants {
    /// Prefixes Indonesian writes glued or apart ("dibanjar" / "di banjar").
    static let prepositions = ["di", "ke"]

    /// `words` plus its variants with neighbouring words joined and prepositions split off.
    static func of(_ words: [String]) -> [[String]] {
        guard !words.isEmpty else { return [] }
        var out: [[String]] = [words]
        if words.count >= 2 && words.count <= 4 {
            for mask in 1..<(1 << (words.count - 1)) {
                var v: [String] = [words[0]]
                for k in 1..<words.count {
                    if mask & (1 << (k - 1)) != 0 { v[v.count - 1] += words[k] } else { v.append(words[k]) }
                }
                out.append(v)
            }
        } else if words.count > 4 {
            out.append([words.joined()])
        }
        var split: [String] = []
        for w in words {
            if let p = prepositions.first(where: { w.hasPrefix($0) }), w.count >= p.count + 4 {
                split.append(p)
                split.append(String(w.dropFirst(p.count)))
            } else {
                split.append(w)
            }
        }
        if split != words { out.append(split) }
        var seen = Set<[String]>()
        return out.filter { seen.insert($0).inserted }
    }
}
