/// A small open-addressing multimap from 64-bit keys to 32-bit values, one cache line per probe
/// (the automaton's transitions and the typo index sit in the hot loop).
struct IntTable: Sendable {
    private struct Slot {
        var key: UInt64
        /// value + 1; 0 marks an empty slot.
        var stored: Int32
    }
    private var slots: [Slot]
    private(set) var count = 0

    init(capacity: Int = 16) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        slots = Array(repeating: Slot(key: 0, stored: 0), count: n)
    }

    @inline(__always)
    private static func slot(_ k: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (k &* 0x9E3779B97F4A7C15) >> 20) & mask
    }

    /// Adds `value` (≥ 0) under `key` (a key may hold several values).
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var s = Self.slot(key, mask)
        while slots[s].stored != 0 { s = (s + 1) & mask }
        slots[s] = Slot(key: key, stored: value + 1)
        count += 1
    }

    /// The first value stored under `key`.
    @inline(__always)
    func first(_ key: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { b in
            let mask = b.count - 1
            var s = Self.slot(key, mask)
            while true {
                let e = b[s]
                if e.stored == 0 { return nil }
                if e.key == key { return e.stored - 1 }
                s = (s + 1) & mask
            }
        }
    }

    /// Calls `body` with every value stored under `key`.
    func forEach(_ key: UInt64, _ body: (Int32) -> Void) {
        let mask = slots.count - 1
        var s = Self.slot(key, mask)
        while slots[s].stored != 0 {
            if slots[s].key == key { body(slots[s].stored - 1) }
            s = (s + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: 0, stored: 0), count: old.count * 2)
        count = 0
        for e in old where e.stored != 0 { insert(e.key, e.stored - 1) }
    }
}
