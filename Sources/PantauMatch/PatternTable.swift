/// What each automaton pattern stands for: its payloads (the rules, units and places it names) in
/// one contiguous array, and per pattern one 8-byte record. Read on every hit of the scan, so it is
/// kept small and in one place rather than one heap array per pattern.
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

    private let infos: [Info]
    private let all: [Matcher.Payload]

    var count: Int { infos.count }

    /// `payloads[p]` and `lengths[p]` (words) describe pattern `p`; `shared` decides its flag.
    init(payloads: [[Matcher.Payload]], lengths: [Int], shared: ([Matcher.Payload]) -> Bool) {
        let maxWords = Self.maxWords
        var infos: [Info] = []
        var all: [Matcher.Payload] = []
        infos.reserveCapacity(payloads.count)
        for (p, list) in payloads.enumerated() {
            infos.append(Info(payloadStart: Int32(all.count), payloadCount: UInt16(min(list.count, Int(UInt16.max))),
                              length: UInt8(min(lengths[p], maxWords)), shared: shared(list)))
            all.append(contentsOf: list.prefix(Int(UInt16.max)))
        }
        self.infos = infos
        self.all = all
    }

    @inline(__always)
    func info(_ p: Int32) -> Info { infos[Int(p)] }

    /// Each pattern's `Info` packed in 64 bits: the automaton hands it back on every hit, so a hit
    /// needs no lookup in this table.
    var tags: [UInt64] {
        infos.map { i in
            UInt64(UInt32(bitPattern: i.payloadStart)) | UInt64(i.payloadCount) << 32 | UInt64(i.length) << 48
                | (i.shared ? 1 << 56 : 0)
        }
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
