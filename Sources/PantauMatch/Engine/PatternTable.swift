/// What each automaton pattern stands for: its payloads (the rules, units and places it names) in
/// one contiguous array, and per pattern an `Info` packed in 64 bits (`tags`) that the automaton hands
/// back on every hit, so a hit needs no lookup of its own.
struct PatternTable: Sendable {
    struct Info: Sendable {
        var payloadStart: Int32
        var payloadCount: UInt16
        /// Length of the pattern in words.
        var length: UInt8
        /// Its innovation payloads belong to more than one unit (a shared name).
        var shared: Bool
    }

    /// Longest phrase looked for, in words.
    static let maxWords = 64

    /// Per pattern, its `Info` packed (see `info(tag:)`).
    let tags: [UInt64]
    private let all: [Matcher.Payload]

    var count: Int { tags.count }

    /// `payloads[p]` and `lengths[p]` (words) describe pattern `p`; `shared` decides its flag.
    init(payloads: [[Matcher.Payload]], lengths: [Int], shared: ([Matcher.Payload]) -> Bool) {
        let maxWords = Self.maxWords
        var tags: [UInt64] = []
        var all: [Matcher.Payload] = []
        tags.reserveCapacity(payloads.count)
        for (p, list) in payloads.enumerated() {
            let count = UInt64(min(list.count, Int(UInt16.max)))
            tags.append(UInt64(all.count) | count << 32 | UInt64(min(lengths[p], maxWords)) << 48
                        | (shared(list) ? 1 << 56 : 0))
            all.append(contentsOf: list.prefix(Int(count)))
        }
        self.tags = tags
        self.all = all
    }

    @inline(__always)
    static func info(tag: UInt64) -> Info {
        Info(payloadStart: Int32(bitPattern: UInt32(truncatingIfNeeded: tag)), payloadCount: UInt16(truncatingIfNeeded: tag >> 32),
             length: UInt8(truncatingIfNeeded: tag >> 48), shared: tag >> 56 & 1 != 0)
    }

    /// Calls `body` with every pattern's payloads (`Info.payloadStart`, `payloadCount` index it).
    @inline(__always)
    func withPayloads<R>(_ body: (UnsafeBufferPointer<Matcher.Payload>) -> R) -> R {
        all.withUnsafeBufferPointer(body)
    }
}
