/// The words that occur in any pattern, each with a small integer id; every other word is id 0.
///
/// Lookup of a text word tries, in order: the exact word, the word without a clitic
/// (-nya, -lah, -kah, -pun), and (for long words only) a word one edit away.
struct Vocabulary: Sendable {
    /// How a text word reached its id.
    enum Reach: UInt8, Sendable { case exact, clitic, typo }

    /// id → folded bytes; id 0 is "not a pattern word".
    private(set) var words: [[UInt8]] = [[]]
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var keyHashes: [UInt64] = []
    private var keyBytes: [[UInt8]] = []
    private var keyIDs: [Int32] = []
    /// Polynomial hash of a word or of the word with one byte deleted → ids of typo-eligible words.
    private var typoIndex: [UInt64: [Int32]] = [:]
    private var typoEligible: Set<Int32> = []

    /// Shortest word that typo tolerance applies to, in bytes.
    static let typoMinLength = 6
    static let clitics: [[UInt8]] = ["nya", "lah", "kah", "pun"].map { Array($0.utf8) }

    var count: Int { words.count }

    /// The id of `word`, adding it when new.
    mutating func add(_ word: String) -> Int32 {
        let bytes = Array(word.utf8)
        if let id = find(bytes[...]) { return id }
        let id = Int32(words.count)
        words.append(bytes)
        insertKey(bytes, id: id)
        return id
    }

    /// Makes `spelling` an alternative key for the existing id of `canonical` (e.g. "bhabin").
    mutating func addSpelling(_ spelling: String, for canonical: String) {
        let id = add(canonical)
        let bytes = Array(spelling.utf8)
        if find(bytes[...]) == nil { insertKey(bytes, id: id) }
    }

    /// Lets texts reach `word` with one typo.
    mutating func allowTypos(_ id: Int32) {
        let w = words[Int(id)]
        guard w.count >= Self.typoMinLength, !typoEligible.contains(id) else { return }
        typoEligible.insert(id)
        let (full, deletions) = Self.deletionHashes(w[...])
        typoIndex[full, default: []].append(id)
        for h in deletions { typoIndex[h, default: []].append(id) }
    }

    func isTypoEligible(_ id: Int32) -> Bool { typoEligible.contains(id) }

    /// The id a text word reaches, and how; (0, .exact) when it is no pattern word.
    func lookup(_ bytes: ArraySlice<UInt8>) -> (Int32, Reach) {
        if let id = find(bytes) { return (id, .exact) }
        let n = bytes.count
        if n >= 6 {
            for c in Self.clitics where bytes.suffix(3).elementsEqual(c) {
                if let id = find(bytes.dropLast(3)) { return (id, .clitic) }
            }
        }
        if n >= Self.typoMinLength - 1, !typoIndex.isEmpty, let id = typo(bytes) { return (id, .typo) }
        return (0, .exact)
    }

    private func typo(_ bytes: ArraySlice<UInt8>) -> Int32? {
        let (full, deletions) = Self.deletionHashes(bytes)
        var best: Int32?
        func consider(_ h: UInt64) {
            guard best == nil, let ids = typoIndex[h] else { return }
            for id in ids where EditDistance.withinOne(words[Int(id)][...], bytes) {
                best = id
                return
            }
        }
        consider(full)
        for h in deletions { consider(h) }
        return best
    }

    // MARK: hashing

    private static let base: UInt64 = 0x100000001B3

    /// The polynomial hash of `w` and of each `w` with one byte removed.
    static func deletionHashes(_ w: ArraySlice<UInt8>) -> (UInt64, [UInt64]) {
        let a = Array(w)
        let n = a.count
        var pre = [UInt64](repeating: 0, count: n + 1)
        for k in 0..<n { pre[k + 1] = pre[k] &* base &+ UInt64(a[k]) }
        var pow = [UInt64](repeating: 1, count: n + 1)
        for k in 0..<n { pow[k + 1] = pow[k] &* base }
        var out: [UInt64] = []
        out.reserveCapacity(n)
        for k in 0..<n {
            // hash(a[0..<k] + a[k+1..<n]) = pre[k] * base^(n-k-1) + (pre[n] - pre[k+1] * base^(n-k-1))
            let tail = pre[n] &- pre[k + 1] &* pow[n - k - 1]
            out.append(pre[k] &* pow[n - k - 1] &+ tail)
        }
        return (pre[n], out)
    }

    @inline(__always)
    private static func hash(_ w: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in w { h = (h ^ UInt64(b)) &* 0x100000001B3 }
        return h ^ (h >> 31)
    }

    private func find(_ w: ArraySlice<UInt8>) -> Int32? {
        let h = Self.hash(w)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let k = slots[s]
            if k < 0 { return nil }
            if keyHashes[Int(k)] == h, keyBytes[Int(k)][...].elementsEqual(w) { return keyIDs[Int(k)] }
            s = (s + 1) & mask
        }
    }

    private mutating func insertKey(_ w: [UInt8], id: Int32) {
        if (keyIDs.count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(w[...])
        keyHashes.append(h)
        keyBytes.append(w)
        keyIDs.append(id)
        place(Int32(keyIDs.count - 1), hash: h)
    }

    private mutating func place(_ k: Int32, hash h: UInt64) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] >= 0 { s = (s + 1) & mask }
        slots[s] = k
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for k in keyIDs.indices { place(Int32(k), hash: keyHashes[k]) }
    }
}
