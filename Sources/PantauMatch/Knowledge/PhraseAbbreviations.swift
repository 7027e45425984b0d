/// Short forms police texts use inside innovation names ("lalin" for "lalu lintas", "Bhabin" for
/// "Bhabinkamtibmas", "praktek" for "praktik"), so a registry holding only the full name still finds them.
enum PhraseAbbreviations {
    /// Full form (folded words) → other forms (data in `Knowledge/ServiceAcronyms.swift`).
    static var table: [[String]: [[String]]] { ServiceAcronyms.table }

    /// `words` and each spelling with one of the table's forms swapped in (either direction).
    static func variants(of words: [String]) -> [[String]] {
        var out: [[String]] = [words]
        for (full, shorts) in table {
            for form in [full] + shorts {
                guard let r = range(of: form, in: words) else { continue }
                for other in [full] + shorts where other != form {
                    out.append(Array(words[..<r.lowerBound]) + other + Array(words[r.upperBound...]))
                }
            }
        }
        var seen = Set<[String]>()
        return out.filter { seen.insert($0).inserted }
    }

    private static func range(of part: [String], in words: [String]) -> Range<Int>? {
        guard part.count <= words.count else { return nil }
        for s in 0...(words.count - part.count) where Array(words[s..<(s + part.count)]) == part {
            return s..<(s + part.count)
        }
        return nil
    }
}
