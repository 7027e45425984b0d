import Foundation

/// The words that occur in any pattern, each with a small integer id; every other word is id 0.
///
/// Lookup of a text word tries the exact word, then the word without a clitic (-nya, -lah, -kah, -pun).
/// Typo lookup (one edit away) is separate and only tried where a typo could complete a phrase.
struct Vocabulary: Sendable {
    /// How a text word reached its id.
    enum Reach: UInt8, Sendable { case exact, clitic }

    /// id → folded bytes; id 0 is "not a pattern word".
    private(set) var words: [[UInt8]] = [[]]
    /// Open-addressing table over the words. A slot holds all a lookup needs (the word's first eight
    /// bytes, hash bits, length, id), so a word of eight bytes or fewer costs one cache line.
    private var slots: [Slot] = Array(repeating: Slot(), count: 64)
    /// Hash of each id's word (to rebuild the table when it grows).
    private var hashes: [UInt64] = [0]
    /// Every word's bytes in one array (`arenaStart[id]`), compared when a word is longer than eight
    /// bytes without touching the per-word arrays.
    private var arena: [UInt8] = []
    private var arenaStart: [Int32] = [0]
    /// Polynomial hash of a word or of the word with one byte deleted → ids of typo-eligible words that
    /// form a phrase alone (one-word names).
    private var soloIndex = IntTable()
    private var typoEligible: Set<Int32> = []
    /// For each id: the typo-eligible words that follow it / precede it in some phrase. A typo in a
    /// phrase of several words is only looked for next to one of its other words, written exactly.
    private var followers: [[Int32]] = [[]]
    private var leaders: [[Int32]] = [[]]
    /// Skips the edit-distance checks for most text words.
    private var typoFilter = TypoFilter()

    /// Shortest word that typo tolerance applies to, in bytes.
    static let typoMinLength = 6

    var count: Int { words.count }
    var hasTypoWords: Bool { !typoEligible.isEmpty }

    /// The id of `word`, adding it when new.
    mutating func add(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        if let id = bytes.withUnsafeBufferPointer({ find($0) }) { return id }
        let id = Int32(words.count)
        words.append(bytes)
        arenaStart.append(Int32(arena.count))
        arena.append(contentsOf: bytes)
        followers.append([])
        leaders.append([])
        insertKey(bytes, id: id)
        return id
    }

    /// Lets texts reach the long words of `phrase` (word ids) with one typo.
    mutating func allowTypos(in phrase: [Int32]) {
        for (k, id) in phrase.enumerated() {
            let w = words[Int(id)]
            guard w.count >= Self.typoMinLength else { continue }
            typoEligible.insert(id)
            if k > 0, !followers[Int(phrase[k - 1])].contains(id) {
                followers[Int(phrase[k - 1])].append(id)
                typoFilter.add(w, neighbour: phrase[k - 1], side: .follower)
            }
            if k + 1 < phrase.count, !leaders[Int(phrase[k + 1])].contains(id) {
                leaders[Int(phrase[k + 1])].append(id)
                typoFilter.add(w, neighbour: phrase[k + 1], side: .leader)
            }
            if phrase.count == 1 {
                typoFilter.add(w, neighbour: 0, side: .solo)
                var hashes: [UInt64] = []
                Self.forEachDeletionHash(w[...]) { hashes.append($0) }
                for h in Set(hashes) { soloIndex.insert(h, id) }
            }
        }
    }



    /// The id a text word reaches exactly or without a clitic; (0, .exact) when it is no pattern word.
    /// `padded`: eight bytes can be read from the word's start even when it is shorter (a text's
    /// folded buffer has that slack), so its head is one load.
    @inline(__always)
    func lookup(_ w: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> (Int32, Reach) {
        if let id = find(w, padded: padded) { return (id, .exact) }
        let n = w.count
        if n >= 6 {
            let a = w[n - 3], b = w[n - 2], c = w[n - 1]
            // -nya, -lah, -kah, -pun
            let clitic = (a == 0x6E && b == 0x79 && c == 0x61) || (b == 0x61 && c == 0x68 && (a == 0x6C || a == 0x6B))
                || (a == 0x70 && b == 0x75 && c == 0x6E)
            if clitic, let id = find(UnsafeBufferPointer(rebasing: w[0..<(n - 3)]), padded: padded) { return (id, .clitic) }
        }
        return (0, .exact)
    }

    /// Looks up every token (folded bytes in `folded`) into `ids`; returns the OR of `opener` over the
    /// ids found. Kept in this file, beside `lookup` and `find`: the release build compiles each file
    /// to its own LLVM module, and the per-word lookup must be inlined into this loop (the optimizer
    /// left it as a call when the loop lived in another file, +6 % instructions per post).
    func lookUp(_ tokens: UnsafeBufferPointer<NormalizedText.Token>, in folded: UnsafeBufferPointer<UInt8>, padded: Bool,
                into ids: UnsafeMutableBufferPointer<Int32>, opener: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var openers: UInt8 = 0
        for i in 0..<tokens.count {
            let t = tokens[i]
            let w = UnsafeBufferPointer(start: folded.baseAddress! + Int(t.start), count: Int(t.end - t.start))
            let id = lookup(w, padded: padded).0
            ids[i] = id
            openers |= opener[Int(id)]
        }
        return openers
    }

    /// The id of exactly `w`; nil when it is no word of the vocabulary.
    func exactID(_ w: UnsafeBufferPointer<UInt8>) -> Int32? { find(w) }

    /// A typo-eligible word one edit away from `w` that could complete a phrase between the words
    /// `before` and `after` (ids, 0 for none), or a one-word name; nil when none.
    @inline(__always)
    func typo(_ w: UnsafeBufferPointer<UInt8>, before: Int32, after: Int32) -> Int32? {
        guard w.count >= Self.typoMinLength - 1, w.count <= 32 else { return nil }
        if before != 0, typoFilter.mayMatch(w, neighbour: before, side: .follower) {
            for id in followers[Int(before)] where EditDistance.withinOne(words[Int(id)], w) { return id }
        }
        if after != 0, typoFilter.mayMatch(w, neighbour: after, side: .leader) {
            for id in leaders[Int(after)] where EditDistance.withinOne(words[Int(id)], w) { return id }
        }
        guard soloIndex.count > 0, typoFilter.mayMatch(w, neighbour: 0, side: .solo) else { return nil }
        var best: Int32?
        Self.forEachDeletionHash(w) { h in
            guard best == nil else { return }
            soloIndex.forEach(h) { id in
                if best == nil, EditDistance.withinOne(words[Int(id)], w) { best = id }
            }
        }
        return best
    }

    // MARK: hashing

    private static let base: UInt64 = 0x100000001B3

    /// Calls `body` with the polynomial hash of `w`, then of `w` with each byte removed, without allocating.
    @inline(__always)
    static func forEachDeletionHash<C: Collection>(_ w: C, _ body: (UInt64) -> Void) where C.Element == UInt8 {
        let n = w.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * (n + 1)) { buf in
            // buf[0...n]: prefix hashes; buf[n+1...2n+1]: powers of the base.
            buf[0] = 0
            buf[n + 1] = 1
            var k = 0
            for b in w {
                buf[k + 1] = buf[k] &* base &+ UInt64(b)
                buf[n + 2 + k] = buf[n + 1 + k] &* base
                k += 1
            }
            body(buf[n])
            for k in 0..<n {
                let p = buf[n + 1 + (n - k - 1)]
                body(buf[k] &* p &+ (buf[n] &- buf[k + 1] &* p))
            }
        }
    }

    /// The first eight bytes of `w`, little-endian, zero-padded.
    @inline(__always)
    private static func head(_ w: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        for b in w.prefix(8) {
            v |= UInt64(b) << shift
            shift += 8
        }
        return v
    }

    /// A word-at-a-time hash (the lookup runs once per word of every post).
    @inline(__always)
    private static func hash(_ w: UnsafeBufferPointer<UInt8>, head: UInt64) -> UInt64 {
        let n = w.count
        var h = (UInt64(n) &+ 1) &* 0x9E3779B97F4A7C15 ^ head
        h = (h ^ (h >> 31)) &* 0xFF51AFD7ED558CCD
        var i = 8
        while i < n {
            var v: UInt64 = 0
            var shift: UInt64 = 0
            var k = i
            while k < n && k < i + 8 {
                v |= UInt64(w[k]) << shift
                shift += 8
                k += 1
            }
            h = (h ^ v) &* 0xC4CEB9FE1A85EC53
            h ^= h >> 29
            i += 8
        }
        return h ^ (h >> 32)
    }

    private struct Slot {
        /// The first eight bytes of the word, little-endian, zero-padded.
        var head: UInt64 = 0
        /// High hash bits << 8 | min(length, 255).
        var meta: UInt32 = 0
        /// Word id; 0 marks an empty slot.
        var id: Int32 = 0
    }

    @inline(__always)
    private static func meta(_ h: UInt64, _ n: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: h >> 40) << 8 | UInt32(min(n, 255))
    }

    @inline(__always)
    private func find(_ w: UnsafeBufferPointer<UInt8>, padded: Bool = false) -> Int32? {
        let head: UInt64
        if padded, w.count > 0 {
            let v = UnsafeRawPointer(w.baseAddress!).loadUnaligned(as: UInt64.self)
            head = w.count >= 8 ? UInt64(littleEndian: v) : UInt64(littleEndian: v) & ((1 << UInt64(8 * w.count)) - 1)
        } else {
            head = Self.head(w)
        }
        let h = Self.hash(w, head: head)
        let meta = Self.meta(h, w.count)
        return slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let e = table[s]
                if e.id == 0 { return nil }
                if e.meta == meta && e.head == head {
                    if w.count <= 8 { return e.id }
                    // The length is in `meta` (exactly, below 255).
                    let ok = w.count < 255 ? arena.withUnsafeBufferPointer { a in
                        memcmp(a.baseAddress! + Int(arenaStart[Int(e.id)]) + 8, w.baseAddress! + 8, w.count - 8) == 0
                    } : words[Int(e.id)].elementsEqual(w)
                    if ok { return e.id }
                }
                s = (s + 1) & mask
            }
        }
    }

    private mutating func insertKey(_ w: [UInt8], id: Int32) {
        if Int(id) * 2 > slots.count { grow() }
        let h = w.withUnsafeBufferPointer { Self.hash($0, head: Self.head($0)) }
        hashes.append(h)
        place(id)
    }

    private mutating func place(_ id: Int32) {
        let w = words[Int(id)]
        let h = hashes[Int(id)]
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s].id != 0 { s = (s + 1) & mask }
        slots[s] = Slot(head: w.withUnsafeBufferPointer { Self.head($0) }, meta: Self.meta(h, w.count), id: id)
    }

    private mutating func grow() {
        slots = Array(repeating: Slot(), count: slots.count * 2)
        for id in 1..<Int32(words.count) where Int(id) < hashes.count { place(id) }
    }
}
