import PantauModel

/// A small streaming JSON writer: compact output, keys in the order written. Much faster than
/// JSONEncoder on large reports.
struct JSONWriter {
    var out = ""
    /// Whether the next value in the current container needs a comma first.
    private var needsComma = [false]

    mutating func beginObject() { value(); out += "{"; needsComma.append(false) }
    mutating func endObject() { needsComma.removeLast(); out += "}" }
    mutating func beginArray() { value(); out += "["; needsComma.append(false) }
    mutating func endArray() { needsComma.removeLast(); out += "]" }

    mutating func key(_ k: String) {
        if needsComma[needsComma.count - 1] { out += "," }
        needsComma[needsComma.count - 1] = false
        raw(k)
        out += ":"
    }

    mutating func string(_ s: String) {
        value()
        raw(s)
    }

    /// Writes `s` as a quoted, escaped JSON string.
    private mutating func raw(_ s: String) {
        JSONText.quote(s, into: &out)
    }

    mutating func string(_ s: String?) { if let s { string(s) } else { null() } }
    mutating func int(_ n: Int) { value(); out += String(n) }
    mutating func int(_ n: Int?) { if let n { int(n) } else { null() } }
    mutating func int64(_ n: Int64) { value(); out += String(n) }
    mutating func bool(_ b: Bool) { value(); out += b ? "true" : "false" }
    mutating func null() { value(); out += "null" }

    mutating func double(_ d: Double?) {
        guard let d, d.isFinite else { return null() }
        value()
        out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }

    mutating func ints(_ a: [Int]) {
        beginArray()
        for n in a { int(n) }
        endArray()
    }

    mutating func field(_ k: String, _ v: String?) { key(k); string(v) }
    mutating func field(_ k: String, _ v: Int?) { key(k); int(v) }
    mutating func field(_ k: String, _ v: Double?) { key(k); double(v) }
    mutating func field(_ k: String, _ v: Bool) { key(k); bool(v) }

    /// Marks a value written in the current container (adds the comma before the next one).
    private mutating func value() {
        let i = needsComma.count - 1
        if needsComma[i] { out += "," }
        needsComma[i] = true
    }
}
