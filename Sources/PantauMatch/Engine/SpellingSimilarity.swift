/// Whether a spelling seen in a text may be another way of writing a registered one.
enum SpellingSimilarity {
    /// Whether `written` (folded place words after a unit opener, "siantar", "tanjung perak", "inhu")
    /// may name `place` (a registered place form, "pematangsiantar", "pelabuhan tanjung perak",
    /// "indragiri hulu"): every written word is a place word, part of one or holds one, or the whole
    /// written place is made of the words' first letters ("inhu", "sumut").
    static func mayName(_ written: [String], _ place: [String]) -> Bool {
        guard !written.isEmpty, !place.isEmpty else { return false }
        if written.count == 1, initialsMatch(Array(written[0].utf8)[...], place[...]) { return true }
        return written.allSatisfy { w in
            w.count >= 3 && place.contains { p in p == w || (min(p.count, w.count) >= 4 && (p.contains(w) || w.contains(p))) }
        }
    }

    /// `word` is the opening letters (two or more each) of two or more consecutive `words`.
    private static func initialsMatch(_ word: ArraySlice<UInt8>, _ words: ArraySlice<String>) -> Bool {
        for start in words.indices where words.count - (start - words.startIndex) >= 2 {
            if cover(word, words[start...], used: 0) { return true }
        }
        return false
    }

    private static func cover(_ rest: ArraySlice<UInt8>, _ words: ArraySlice<String>, used: Int) -> Bool {
        if rest.isEmpty { return used >= 2 }
        guard let w = words.first else { return false }
        let bytes = Array(w.utf8)
        var k = 2
        while k <= min(bytes.count, rest.count) {
            if rest.prefix(k).elementsEqual(bytes.prefix(k)),
               cover(rest.dropFirst(k), words.dropFirst(), used: used + 1) { return true }
            k += 1
        }
        return false
    }

    /// Levenshtein distance between two byte strings, or nil when it exceeds `limit`.
    static func distance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            cur[0] = i
            var best = cur[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, cur[j])
            }
            if best > limit { return nil }
            swap(&prev, &cur)
        }
        let d = a.isEmpty ? b.count : prev[b.count]
        return d <= limit ? d : nil
    }
}
