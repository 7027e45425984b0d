/// An Aho-Corasick automaton over word ids: finds every pattern (a sequence of word ids) in one pass,
/// so the cost per word does not grow with the number of patterns.
struct TokenAutomaton: Sendable {
    private var rootNext: [Int32]
    private var next = IntTable()
    /// One bit per (state, word) hash: clear means "no transition" without touching `next`
    /// (most lookups fail, and the bitset stays in cache where the table does not).
    private var maybeNext: [UInt64] = Array(repeating: 0, count: 1 << 12)
    private var fail: [Int32] = [0]
    private var outputs: [[Int32]] = [[]]
    /// The outputs flattened: state s ends patterns outList[outStart[s] ..< outStart[s + 1]].
    private var outStart: [Int32] = []
    private var outList: [Int32] = []
    /// Length in words of each pattern.
    private(set) var lengths: [Int32] = []

    /// Builds the automaton for `patterns` whose ids are below `vocabularySize`.
    init(patterns: [[Int32]], vocabularySize: Int) {
        rootNext = Array(repeating: 0, count: max(vocabularySize, 1))
        var children: [[(Int32, Int32)]] = [[]]
        for (p, words) in patterns.enumerated() {
            lengths.append(Int32(words.count))
            var s: Int32 = 0
            for w in words {
                if let t = rawTransition(s, w) {
                    s = t
                } else {
                    let t = Int32(fail.count)
                    fail.append(0)
                    outputs.append([])
                    children.append([])
                    children[Int(s)].append((w, t))
                    if s == 0 {
                        rootNext[Int(w)] = t
                    } else {
                        next.insert(Self.key(s, w), t)
                    }
                    s = t
                }
            }
            outputs[Int(s)].append(Int32(p))
        }
        // Breadth-first failure links; outputs inherit along them.
        var queue: [Int32] = children[0].map(\.1)
        var head = 0
        while head < queue.count {
            let s = queue[head]
            head += 1
            for (w, t) in children[Int(s)] {
                var f = fail[Int(s)]
                while true {
                    if let g = rawTransition(f, w), g != t {
                        fail[Int(t)] = g
                        break
                    }
                    if f == 0 { fail[Int(t)] = 0; break }
                    f = fail[Int(f)]
                }
                outputs[Int(t)].append(contentsOf: outputs[Int(fail[Int(t)])])
                queue.append(t)
            }
        }
        var bits = 1 << 18
        while bits < next.count * 16 { bits <<= 1 }
        maybeNext = Array(repeating: 0, count: bits / 64)
        for s in children.indices where s != 0 {
            for (w, _) in children[s] { setBit(Self.key(Int32(s), w)) }
        }
        for o in outputs {
            outStart.append(Int32(outList.count))
            outList.append(contentsOf: o)
        }
        outStart.append(Int32(outList.count))
        outputs = []
    }

    @inline(__always)
    private static func key(_ s: Int32, _ w: Int32) -> UInt64 { UInt64(UInt32(s)) << 32 | UInt64(UInt32(w)) }

    @inline(__always)
    private func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0xD6E8FEB86659FD93) >> 32) & (maybeNext.count * 64 - 1)
    }

    private mutating func setBit(_ key: UInt64) {
        let b = bit(key)
        maybeNext[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// The transition without the bitset (used while building, before the bits are set).
    private func rawTransition(_ s: Int32, _ w: Int32) -> Int32? {
        if s == 0 {
            let t = rootNext[Int(w)]
            return t == 0 ? nil : t
        }
        return next.first(Self.key(s, w))
    }

    @inline(__always)
    private func transition(_ s: Int32, _ w: Int32) -> Int32? {
        if s == 0 {
            let t = rootNext[Int(w)]
            return t == 0 ? nil : t
        }
        let key = Self.key(s, w)
        let b = bit(key)
        guard maybeNext[b >> 6] & (1 << UInt64(b & 63)) != 0 else { return nil }
        return next.first(key)
    }

    /// Calls `found(pattern, endWord)` for each occurrence in `ids` (endWord is exclusive).
    func scan(_ ids: [Int32], _ found: (Int32, Int) -> Void) {
        var s: Int32 = 0
        for (pos, w) in ids.enumerated() {
            if w == 0 {
                s = 0
                continue
            }
            while true {
                if let t = transition(s, w) {
                    s = t
                    break
                }
                if s == 0 { break }
                s = fail[Int(s)]
            }
            if s != 0 {
                let a = Int(outStart[Int(s)]), b = Int(outStart[Int(s) + 1])
                if a < b { for k in a..<b { found(outList[k], pos + 1) } }
            }
        }
    }
}
