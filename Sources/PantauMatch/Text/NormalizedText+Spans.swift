extension NormalizedText {
    /// An unregistered unit name found at `r` (opener and first place word) carried on over the
    /// capitalised words that follow ("Polres Tanjung" → "Polres Tanjung Perak"), three at most.
    func unitPhrase(from r: Range<Int>, stopping notPlace: WordSet, _ ranks: WordSet) -> Range<Int> {
        var end = r.upperBound
        while end < tokens.count, end < r.upperBound + 3 {
            let t = tokens[end]
            guard t.flags.contains(.hasUpper), !t.flags.contains(.sentenceStart), !t.flags.contains(.hashtag),
                  !notPlace.contains(token: end, of: self), !ranks.contains(token: end, of: self) else { break }
            end += 1
        }
        return r.lowerBound..<end
    }

    /// The sentence of the original text holding tokens `r`, trimmed to about 240 characters.
    func sentence(around r: Range<Int>) -> String {
        guard !r.isEmpty, r.upperBound <= tokens.count else { return "" }
        let enders: Set<UInt8> = [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\n")]
        var a = Int(tokens[r.lowerBound].originalStart)
        var b = Int(tokens[r.upperBound - 1].originalEnd)
        let lowest = max(0, a - 160), highest = min(clean.count, b + 160)
        while a > lowest, !enders.contains(clean[a - 1]) { a -= 1 }
        while b < highest, !enders.contains(clean[b]) { b += 1 }
        if b < clean.count, clean[b] != 0x0A { b += 1 }
        let s = String(decoding: clean[a..<b], as: UTF8.self)
        return s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
