/// A small fixed set of folded words, checked against a text's token bytes without making Strings.
struct WordSet: Sendable {
    private let words: [[UInt8]]
    /// Bit n set: some word has n bytes (most tokens are turned down on their length alone).
    private let lengths: UInt64

    init(_ set: Set<String>) {
        words = set.map { Array($0.utf8) }
        lengths = words.reduce(0) { $0 | ($1.count < 64 ? 1 << UInt64($1.count) : 0) }
    }

    /// Whether token `i` of `text` is in the set.
    func contains(token i: Int, of text: NormalizedText) -> Bool {
        let t = text.tokens[i]
        let n = t.count
        guard n < 64, lengths & (1 << UInt64(n)) != 0 else { return false }
        let bytes = text.folded[Int(t.start)..<Int(t.end)]
        return words.contains { $0.count == n && $0.elementsEqual(bytes) }
    }
}
