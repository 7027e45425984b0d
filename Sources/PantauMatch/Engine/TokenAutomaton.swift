/// An Aho-Corasick automaton over word ids: finds every pattern (a sequence of word ids) in one pass,
/// so the cost per word does not grow with the number of patterns.
///
/// Each state is one 16-byte record (failure link, first child, outputs), so following a word costs
/// one cache line: most states have one child, and most end a phrase. States with several children
/// (or more outputs than fit) also have an `Extra` record, read only then.
struct TokenAutomaton: Sendable {
    struct State: Sendable {
        var fail: Int32 = 0
        /// The first child's word (0 for none); the top bit says the state has other children too.
        var firstWord: UInt32 = 0
        var firstTarget: Int32 = 0
        /// Patterns ending here: outStart << 8 | outCount; outCount 255 means "see `extras`".
        var out: UInt32 = 0
    }

    struct Extra: Sendable {
        /// Children sorted by word: childWords/childTargets[childStart ..< childStart + childCount].
        var childStart: Int32 = 0
        var childCount: Int32 = 0
        /// Patterns ending here: outList[outStart ..< outStart + outCount].
        var outStart: Int32 = 0
        var outCount: Int32 = 0
    }

    static let severalChildren: UInt32 = 1 << 31

    private var rootNext: [Int32]
    private var states: [State] = []
    /// One per state.
    private var extras: [Extra] = []
    private var childWords: [Int32] = []
    private var childTargets: [Int32] = []
    /// The tags of the patterns ending at each state (see `init`).
    private var outList: [UInt64] = []
    var stateCount: Int { states.count }
    var severalChildrenCount: Int { states.count { $0.firstWord & Self.severalChildren != 0 } }

    /// Builds the automaton for `patterns` whose ids are below `vocabularySize`. `scan` reports each
    /// occurrence with the pattern's tag: `tags[p]`, or the pattern's index when no tags are given
    /// (a caller can pack what it needs about a pattern into its tag and save itself a table lookup).
    init(patterns: [[Int32]], vocabularySize: Int, tags: [UInt64]? = nil) {
        rootNext = Array(repeating: 0, count: max(vocabularySize, 1))
        var next = IntTable()
        var fail: [Int32] = [0]
        var outputs: [[Int32]] = [[]]
        var children: [[(Int32, Int32)]] = [[]]
        func transition(_ s: Int32, _ w: Int32, _ rootNext: [Int32]) -> Int32? {
            if s == 0 {
                let t = rootNext[Int(w)]
                return t == 0 ? nil : t
            }
            return next.first(UInt64(UInt32(s)) << 32 | UInt64(UInt32(w)))
        }
        for (p, words) in patterns.enumerated() {
            var s: Int32 = 0
            for w in words {
                if let t = transition(s, w, rootNext) {
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
                        next.insert(UInt64(UInt32(s)) << 32 | UInt64(UInt32(w)), t)
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
                    if let g = transition(f, w, rootNext), g != t {
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
        pack(fail: fail, outputs: outputs, children: children, tags: tags)
    }

    /// Lays the states out as 16-byte records (first child and outputs inline), with the other
    /// children and the outputs in flat side arrays.
    private mutating func pack(fail: [Int32], outputs: [[Int32]], children: [[(Int32, Int32)]], tags: [UInt64]?) {
        states.reserveCapacity(fail.count)
        extras.reserveCapacity(fail.count)
        for s in fail.indices {
            var st = State(fail: fail[s])
            var extra = Extra(outStart: Int32(outList.count), outCount: Int32(outputs[s].count))
            outList.append(contentsOf: outputs[s].map { tags?[Int($0)] ?? UInt64($0) })
            if s != 0 {
                let sorted = children[s].sorted { $0.0 < $1.0 }
                extra.childStart = Int32(childWords.count)
                extra.childCount = Int32(sorted.count)
                if let first = sorted.first {
                    st.firstWord = UInt32(first.0) | (sorted.count > 1 ? Self.severalChildren : 0)
                    st.firstTarget = first.1
                }
                for (w, t) in sorted {
                    childWords.append(w)
                    childTargets.append(t)
                }
            }
            if extra.outCount > 0 {
                st.out = extra.outCount < 255 && extra.outStart < 1 << 24
                    ? UInt32(extra.outStart) << 8 | UInt32(extra.outCount) : 255
            }
            states.append(st)
            extras.append(extra)
        }
    }

    /// The child of non-root state `s` (record `st`) on word `w` (≠ 0), or 0.
    @inline(__always)
    private func child(_ s: Int32, _ st: State, _ w: Int32, _ extras: UnsafeBufferPointer<Extra>,
                       _ words: UnsafeBufferPointer<Int32>, _ targets: UnsafeBufferPointer<Int32>) -> Int32 {
        let first = st.firstWord & ~Self.severalChildren
        if first == UInt32(w) { return st.firstTarget }
        if st.firstWord & Self.severalChildren == 0 || UInt32(w) < first { return 0 }
        let e = extras[Int(s)]
        var lo = Int(e.childStart) + 1, hi = Int(e.childStart + e.childCount)
        while lo < hi {
            let mid = (lo + hi) >> 1
            let v = words[mid]
            if v == w { return targets[mid] }
            if v < w { lo = mid + 1 } else { hi = mid }
        }
        return 0
    }

    /// Calls `found(tag, endWord)` for each occurrence in `ids` (endWord is exclusive).
    func scan(_ ids: [Int32], _ found: (UInt64, Int) -> Void) {
        ids.withUnsafeBufferPointer { scan($0, found) }
    }

    /// Calls `found(tag, endWord)` for each occurrence in `ids` (endWord is exclusive).
    func scan(_ ids: UnsafeBufferPointer<Int32>, _ found: (UInt64, Int) -> Void) {
        rootNext.withUnsafeBufferPointer { root in
        states.withUnsafeBufferPointer { states in
        extras.withUnsafeBufferPointer { extras in
        childWords.withUnsafeBufferPointer { words in
        childTargets.withUnsafeBufferPointer { targets in
        outList.withUnsafeBufferPointer { outs in
            var s: Int32 = 0
            for pos in 0..<ids.count {
                let w = ids[pos]
                if w == 0 {
                    s = 0
                    continue
                }
                while true {
                    if s == 0 {
                        s = Int(w) < root.count ? root[Int(w)] : 0
                        break
                    }
                    let st = states[Int(s)]
                    let t = child(s, st, w, extras, words, targets)
                    if t != 0 {
                        s = t
                        break
                    }
                    s = st.fail
                }
                if s != 0 {
                    let out = states[Int(s)].out
                    if out != 0 {
                        var start = Int(out >> 8), count = Int(out & 255)
                        if count == 255 {
                            let e = extras[Int(s)]
                            (start, count) = (Int(e.outStart), Int(e.outCount))
                        }
                        for k in start..<(start + count) { found(outs[k], pos + 1) }
                    }
                }
            }
        }
        }
        }
        }
        }
        }
    }
}
