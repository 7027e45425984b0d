/// Ways people shorten an innovation's name that the registry cannot list in advance.
enum NameShortening {
    /// The name with a run of two or more of its words written as one abbreviation, the other words
    /// kept: "Klinik ZI" (Zona Integritas), "Bale Dumas" (pengaDUan MASyarakat), "Polwis Ijen" (POLisi
    /// WISata), "Ngopi Kamtibmas" (NGObrol PIntar). Each word gives its first letter or two letters
    /// or more from anywhere in it.
    static func isAbbreviated(_ w: [String], of name: [String]) -> Bool {
        guard w.count >= 2, w.count < name.count else { return false }
        for a in 0..<w.count {
            // w[a] stands for name[a..<b]; the rest must be the name's words as they are.
            let kept = name.count - w.count + 1
            let b = a + kept
            guard kept >= 2, b <= name.count,
                  Array(w[..<a]) == Array(name[..<a]), Array(w[(a + 1)...]) == Array(name[b...]) else { continue }
            if covers(Array(w[a].utf8)[...], name[a..<b]) { return true }
        }
        return false
    }

    private static func covers(_ rest: ArraySlice<UInt8>, _ words: ArraySlice<String>) -> Bool {
        guard let first = words.first else { return rest.isEmpty }
        let word = Array(first.utf8)
        guard !rest.isEmpty else { return false }
        // The first letter alone.
        if rest.first == word.first, covers(rest.dropFirst(), words.dropFirst()) { return true }
        // Two letters or more, from anywhere in the word.
        var len = 2
        while len <= min(rest.count, word.count) {
            let piece = rest.prefix(len)
            var s = 0
            while s + len <= word.count {
                if word[s..<(s + len)].elementsEqual(piece), covers(rest.dropFirst(len), words.dropFirst()) { return true }
                s += 1
            }
            len += 1
        }
        return false
    }
}

extension NameShortening {
    /// Whether `w` may be the name written another way: part of it (`isInnerPart`), an
    /// abbreviation inside it, the name without one or two of its words, or one word a letter or
    /// two off (`isNear`). A part of two words must say something of its own (`GenericPhraseWords`):
    /// "Zona Integritas" of "Klinik Zona Integritas" is every ZI post.
    static func isShortening(_ w: [String], of name: [String]) -> Bool {
        guard w != name else { return false }
        if isNear(w, name) { return true }
        if isAbbreviated(w, of: name) || (w.count >= 3 && skipsWords(w, of: name)) { return true }
        guard GenericPhraseWords.distinctive(w) else { return false }
        return isInnerPart(w, of: name) || skipsWords(w, of: name)
    }

    /// Two or more consecutive words of the name, not its opening (those already count).
    static func isInnerPart(_ w: [String], of name: [String]) -> Bool {
        guard w.count >= 2, w.count < name.count, !PartialNameRule.connectors.contains(w[0]) else { return false }
        for s in 1...(name.count - w.count) where Array(name[s..<(s + w.count)]) == w { return true }
        return false
    }

    /// The name's words in order with one or two of them left out, three words or more kept, or
    /// two kept of a name of three or four ("Latihan SIM Gratis" of "Lapangan Latihan Uji SIM Gratis").
    static func skipsWords(_ w: [String], of name: [String]) -> Bool {
        guard w.count >= 2, w.count < name.count, name.count - w.count <= 2, w.count >= 3 || name.count <= 4 else { return false }
        var k = 0
        for word in name where k < w.count && word == w[k] { k += 1 }
        return k == w.count && w.first != name.first || (k == w.count && isSubsequenceSkipping(w, name))
    }

    private static func isSubsequenceSkipping(_ w: [String], _ name: [String]) -> Bool {
        // The opening words alone already count as a partial name; a skip must be inside.
        Array(name.prefix(w.count)) != w
    }

    /// The name's words with exactly one of them a letter or two off (one in four letters, same
    /// first three letters): "Jogo Surobo" for "Jogo Suroboyo", not "Pelatihan" for "Pelayanan".
    static func isNear(_ w: [String], _ name: [String]) -> Bool {
        guard w.count == name.count else { return false }
        var differing = 0
        for (a, b) in zip(w, name) where a != b {
            differing += 1
            guard differing == 1, a.count >= 4, b.count >= 4, a.prefix(3) == b.prefix(3),
                  SpellingSimilarity.distance(Array(a.utf8), Array(b.utf8), limit: max(1, b.count / 4)) != nil
            else { return false }
        }
        return differing == 1
    }
}
