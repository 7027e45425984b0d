/// A small fixed set of folded words (16 bytes or shorter), checked against a text's token bytes
/// without making Strings: a word is its length and its bytes as two 64-bit numbers.
struct WordSet: Sendable {
    private struct Key: Hashable {
        var length: Int
        var a: UInt64
        var b: UInt64
    }

    private let keys: [Key]
    /// Bit n set: some word has n bytes (most tokens are turned down on their length alone).
    private let lengths: UInt32

    init(_ set: Set<String>) {
        precondition(set.allSatisfy { $0.utf8.count <= 16 && !$0.isEmpty })
        keys = set.map { Self.key(Array($0.utf8)[...]) }
        lengths = keys.reduce(0) { $0 | 1 << UInt32($1.length) }
    }

    private static func key(_ w: ArraySlice<UInt8>) -> Key {
        var k = Key(length: w.count, a: 0, b: 0)
        for (j, byte) in w.enumerated() {
            if j < 8 { k.a |= UInt64(byte) << UInt64(8 * j) } else { k.b |= UInt64(byte) << UInt64(8 * (j - 8)) }
        }
        return k
    }

    /// Whether token `i` of `text` is in the set.
    func contains(token i: Int, of text: NormalizedText) -> Bool {
        let t = text.tokens[i]
        let n = t.count
        guard n <= 16, lengths & (1 << UInt32(n)) != 0 else { return false }
        let k = Self.key(text.folded[Int(t.start)..<Int(t.end)])
        return keys.contains(k)
    }
}
