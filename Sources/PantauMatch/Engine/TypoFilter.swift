/// A quick test before the edit-distance work of a typo lookup: one bit per (neighbouring word, side,
/// first or last two bytes, length) of the typo-eligible words.
///
/// One edit (insertion, deletion, substitution, swap of neighbours) of a word of six bytes or more
/// keeps its first two bytes or its last two, and changes its length by at most one; so a text word
/// whose first two and last two bytes both miss cannot be one edit away from any of the words.
struct TypoFilter: Sendable {
    enum Side: UInt64 { case follower = 1, leader = 2, solo = 3 }

    /// 512 Kbit (64 KB: it stays in cache next to the vocabulary and the automaton).
    private var bits = [UInt64](repeating: 0, count: 1 << 13)

    @inline(__always)
    private func bit(_ neighbour: Int32, _ side: Side, _ suffix: Bool, _ two: UInt64, _ length: Int) -> Int {
        var k = UInt64(UInt32(bitPattern: neighbour)) | side.rawValue << 32 | (suffix ? 1 << 34 : 0)
        k |= two << 35 | UInt64(length & 0xFF) << 51
        k = (k ^ (k >> 29)) &* 0xBF58476D1CE4E5B9
        k ^= k >> 32
        return Int(truncatingIfNeeded: k) & (bits.count * 64 - 1)
    }

    @inline(__always)
    private static func two<C: RandomAccessCollection>(_ w: C, suffix: Bool) -> UInt64 where C.Element == UInt8, C.Index == Int {
        let a = suffix ? w.endIndex - 2 : w.startIndex
        return UInt64(w[a]) | UInt64(w[a + 1]) << 8
    }

    /// Records that text words next to `neighbour` on `side` may be one edit away from `word` (≥ 6 bytes).
    mutating func add(_ word: [UInt8], neighbour: Int32, side: Side) {
        for length in (word.count - 1)...(word.count + 1) {
            for suffix in [false, true] {
                let b = bit(neighbour, side, suffix, Self.two(word, suffix: suffix), length)
                bits[b >> 6] |= 1 << UInt64(b & 63)
            }
        }
    }

    /// False when `w` (≥ 5 bytes) is surely not one edit away from a word recorded for `neighbour` and `side`.
    @inline(__always)
    func mayMatch(_ w: UnsafeBufferPointer<UInt8>, neighbour: Int32, side: Side) -> Bool {
        bits.withUnsafeBufferPointer { bits in
            let p = bit(neighbour, side, false, Self.two(w, suffix: false), w.count)
            if bits[p >> 6] & (1 << UInt64(p & 63)) != 0 { return true }
            let s = bit(neighbour, side, true, Self.two(w, suffix: true), w.count)
            return bits[s >> 6] & (1 << UInt64(s & 63)) != 0
        }
    }
}
