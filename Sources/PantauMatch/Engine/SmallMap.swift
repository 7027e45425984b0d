/// A map from small integer keys for the handful of entries one post produces: linear search over
/// one array beats hashing at this size, allocates once, and keeps insertion order.
struct SmallMap<Value>: Sequence {
    private var entries: [(key: Int32, value: Value)] = []

    var isEmpty: Bool { entries.isEmpty }
    var count: Int { entries.count }
    var keys: LazyMapSequence<[(key: Int32, value: Value)], Int32> { entries.lazy.map(\.key) }
    var values: LazyMapSequence<[(key: Int32, value: Value)], Value> { entries.lazy.map(\.value) }

    /// Whether some value satisfies `p` (no intermediate sequence).
    func containsValue(where p: (Value) -> Bool) -> Bool {
        for e in entries where p(e.value) { return true }
        return false
    }

    @inline(__always)
    private func index(_ key: Int32) -> Int? {
        var i = 0
        while i < entries.count {
            if entries[i].key == key { return i }
            i += 1
        }
        return nil
    }

    subscript(key: Int32) -> Value? {
        get { index(key).map { entries[$0].value } }
        set {
            if let i = index(key) {
                if let v = newValue { entries[i].value = v } else { entries.remove(at: i) }
            } else if let v = newValue {
                if entries.isEmpty { entries.reserveCapacity(4) }
                entries.append((key, v))
            }
        }
    }

    subscript(key: Int32, default make: @autoclosure () -> Value) -> Value {
        get { index(key).map { entries[$0].value } ?? make() }
        _modify {
            let i: Int
            if let found = index(key) {
                i = found
            } else {
                if entries.isEmpty { entries.reserveCapacity(4) }
                entries.append((key, make()))
                i = entries.count - 1
            }
            yield &entries[i].value
        }
    }

    func contains(_ key: Int32) -> Bool { index(key) != nil }

    /// Empties the map, keeping its storage for the next post.
    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    /// The entries in key order.
    func sortedByKey() -> [(key: Int32, value: Value)] {
        entries.count < 2 ? entries : entries.sorted { $0.key < $1.key }
    }

    func makeIterator() -> IndexingIterator<[(key: Int32, value: Value)]> {
        entries.makeIterator()
    }
}
