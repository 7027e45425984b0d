/// The byte form of `JSONText.quote(_:into:)`, for the writers that build UTF-8
/// bytes directly (`pantau parse`'s streamed output, the conformance lines): the same escaping,
/// eight plain bytes at a time.
extension JSONText {
    /// Appends `s` to `out` as a quoted JSON string, escaped exactly as ``quote(_:into:)`` escapes
    /// it for a `String`: `"` `\` and control characters, and U+2028 / U+2029.
    public static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s
        out.append(0x22)
        s.withUTF8 { escapeBody($0, into: &out) }
        out.append(0x22)
    }

    /// The escaped UTF-8 of `u`, without the surrounding quotes.
    static func escapeBody(_ u: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var start = 0
        var i = 0
        let n = u.count
        while i < n {
            if i + 8 <= n, plain8(u.baseAddress! + i) { i += 8; continue }
            let c = u[i]
            if c >= 0x20, c != 0x22, c != 0x5C, c != 0xE2 { i += 1; continue }
            var width = 1
            if c == 0xE2 {
                // U+2028 / U+2029 are E2 80 A8 / E2 80 A9; any other E2 sequence is plain text.
                guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
                width = 3
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
            appendEscape(c, next: width == 3 ? u[i + 2] : 0, into: &out)
            i += width
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
    }

    /// The escape for byte `c` (`next` is the third byte of an E2 80 xx line separator).
    @inline(__always) private static func appendEscape(_ c: UInt8, next: UInt8, into out: inout [UInt8]) {
        switch c {
        case 0xE2: out.append(contentsOf: next == 0xA8 ? u2028 : u2029)
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x09: out.append(0x5C); out.append(0x74)
        default:
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(c >> 4)], hexDigits[Int(c & 0xF)]])
        }
    }

    /// True when none of the 8 bytes at `p` needs a look: no control character, `"`, `\` or 0xE2.
    @inline(__always) static func plain8(_ p: UnsafePointer<UInt8>) -> Bool {
        let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt64) -> UInt64 { let x = w ^ (ones &* byte); return (x &- ones) & ~x & highs }
        let low = (w &- ones &* 0x20) & ~w & highs
        return low | has(0x22) | has(0x5C) | has(0xE2) == 0
    }

    private static let u2028: [UInt8] = Array("\\u2028".utf8)
    private static let u2029: [UInt8] = Array("\\u2029".utf8)
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
