/// A map from small integer keys for the handful of entries one post produces: linear search over
/// two arrays beats hashing at this size, and it keeps insertion order.
struct SmallMap<Value>: Sequence {
    private(set) var keys: [Int32] = []
    private(set) var values: [Value] = []

    var isEmpty: Bool { keys.isEmpty }

    @inline(__always)
    private func index(_ key: Int32) -> Int? {
        var i = 0
        while i < keys.count {
            if keys[i] == key { return i }
            i += 1
        }
        return nil
    }

    subscript(key: Int32) -> Value? {
        get { index(key).map { values[$0] } }
        set {
            if let i = index(key) {
                if let v = newValue { values[i] = v } else {
                    keys.remove(at: i)
                    values.remove(at: i)
                }
            } else if let v = newValue {
                keys.append(key)
                values.append(v)
            }
        }
    }

    subscript(key: Int32, default make: @autoclosure () -> Value) -> Value {
        get { index(key).map { values[$0] } ?? make() }
        _modify {
            let i: Int
            if let found = index(key) {
                i = found
            } else {
                keys.append(key)
                values.append(make())
                i = keys.count - 1
            }
            yield &values[i]
        }
    }

    func contains(_ key: Int32) -> Bool { index(key) != nil }

    /// The entries in key order (an insertion sort: a post has a handful).
    func sortedByKey() -> [(key: Int32, value: Value)] {
        var out: [(key: Int32, value: Value)] = []
        out.reserveCapacity(keys.count)
        for k in keys.indices {
            var j = out.count
            while j > 0 && out[j - 1].key > keys[k] { j -= 1 }
            out.insert((keys[k], values[k]), at: j)
        }
        return out
    }

    func makeIterator() -> AnyIterator<(key: Int32, value: Value)> {
        var i = 0
        return AnyIterator {
            guard i < keys.count else { return nil }
            defer { i += 1 }
            return (keys[i], values[i])
        }
    }
}
