/// A small fixed set of folded words (16 bytes or shorter), checked against a text's token bytes
/// without making Strings: a word is its length and its bytes as two 64-bit numbers, in a small
/// open-addressing table.
struct WordSet: Sendable {
    private struct Key: Hashable {
        var length: Int
        var a: UInt64
        var b: UInt64
    }

    private let slots: [Key?]
    /// Bit n set: some word has n bytes (most tokens are turned down on their length alone).
    private let lengths: UInt32

    init(_ set: Set<String>) {
        precondition(set.allSatisfy { $0.utf8.count <= 16 && !$0.isEmpty })
        var size = 16
        while size < set.count * 4 { size <<= 1 }
        var slots = [Key?](repeating: nil, count: size)
        for w in set.sorted() {
            let k = Self.key(Array(w.utf8)[...])
            var s = Self.slot(k, size - 1)
            while slots[s] != nil { s = (s + 1) & (size - 1) }
            slots[s] = k
        }
        self.slots = slots
        lengths = set.reduce(0) { $0 | 1 << UInt32($1.utf8.count) }
    }

    @inline(__always)
    private static func slot(_ k: Key, _ mask: Int) -> Int {
        let h = (k.a &* 0x9E37_79B9_7F4A_7C15) ^ (k.b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(k.length)
        return Int(truncatingIfNeeded: h >> 40) & mask
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
        let k: Key
        if text.folded.capacity >= Int(t.start) + 16 {
            // The normaliser's buffer has slack: read sixteen bytes and keep the word's.
            k = text.folded.withUnsafeBufferPointer { b in
                let p = UnsafeRawPointer(b.baseAddress! + Int(t.start))
                let a = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
                let c = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                return Key(length: n, a: n >= 8 ? a : a & ((1 << UInt64(8 * n)) - 1),
                           b: n >= 16 ? c : n <= 8 ? 0 : c & ((1 << UInt64(8 * (n - 8))) - 1))
            }
        } else {
            k = Self.key(text.folded[Int(t.start)..<Int(t.end)])
        }
        return slots.withUnsafeBufferPointer { s in
            let mask = s.count - 1
            var j = Self.slot(k, mask)
            while let e = s[j] {
                if e == k { return true }
                j = (j + 1) & mask
            }
            return false
        }
    }
}
