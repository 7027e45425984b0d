/// Hashtag bodies ("simbatuban", "jumatcurhat", "polrestuban") → what they point to: innovations
/// (registered hashtags, acronyms, names) and units (joined unit names and places). Looked up on the
/// folded bytes of a text's hashtags, without making Strings.
struct TagTable: Sendable {
    private var keys = Vocabulary()
    private var innovationEntries: [[Matcher.TagEntry]?] = [nil]
    private var unitEntries: [[(unit: Int32, strong: Bool)]?] = [nil]
    /// One bit per (first three bytes, length) of an innovation body: most hashtags, and most ways of
    /// splitting one into an innovation and a place, are turned down here without a lookup.
    private var starts = [UInt64](repeating: 0, count: 1 << 10)

    @inline(__always)
    private static func startBit(_ b: UnsafeBufferPointer<UInt8>, length: Int) -> Int {
        let k = UInt64(b[0]) | UInt64(b[1]) << 8 | UInt64(b[2]) << 16 | UInt64(min(length, 255)) << 24
        return Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    init(innovations: [String: [Matcher.TagEntry]], units: [String: [(unit: Int32, strong: Bool)]]) {
        for k in Set(innovations.keys).union(units.keys).sorted() {
            let id = keys.add(k)
            precondition(Int(id) == innovationEntries.count)
            innovationEntries.append(innovations[k])
            unitEntries.append(units[k])
            let bytes = Array(k.utf8)
            if innovations[k] != nil, bytes.count >= 3 {
                let bit = bytes.withUnsafeBufferPointer { Self.startBit($0, length: $0.count) }
                starts[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    /// False when the first `length` bytes of `body` (three or more) are no innovation body.
    @inline(__always)
    func mayBeInnovation(_ body: UnsafeBufferPointer<UInt8>, length: Int) -> Bool {
        guard length >= 3, length <= body.count else { return true }
        let bit = Self.startBit(body, length: length)
        return starts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// What a whole body points to (one lookup for both kinds).
    func lookup(_ body: UnsafeBufferPointer<UInt8>) -> (innovations: [Matcher.TagEntry]?, units: [(unit: Int32, strong: Bool)]?) {
        guard let id = keys.exactID(body) else { return (nil, nil) }
        return (innovationEntries[Int(id)], unitEntries[Int(id)])
    }

    func innovations(_ body: UnsafeBufferPointer<UInt8>) -> [Matcher.TagEntry]? {
        guard let id = keys.exactID(body) else { return nil }
        return innovationEntries[Int(id)]
    }

    func units(_ body: UnsafeBufferPointer<UInt8>) -> [(unit: Int32, strong: Bool)]? {
        guard let id = keys.exactID(body) else { return nil }
        return unitEntries[Int(id)]
    }
}
