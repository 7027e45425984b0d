import Foundation
import PantauModel

/// Buffered bytes to standard output: the output is written as it is made, in pieces of about a
/// megabyte, and never held whole in memory. JSON strings are escaped on the bytes.
struct StdoutSink {
    private var buffer: [UInt8] = []
    private static let flushAt = 1 << 20

    init() { buffer.reserveCapacity(Self.flushAt + 4_096) }

    mutating func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    mutating func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    mutating func byte(_ b: UInt8) { buffer.append(b) }

    mutating func int(_ v: Int) {
        if v < 0 { buffer.append(0x2D) }
        var m = v.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(m % 10) + 0x30
                m /= 10
                n += 1
            } while m > 0
            while n > 0 { n -= 1; buffer.append(d[n]) }
        }
    }

    /// A JSON string: `"` `\` and control characters escaped (and U+2028 / U+2029, as `JSONText` does).
    mutating func quoted(_ s: String) {
        var s = s
        buffer.append(0x22)
        s.withUTF8 { u in
            var start = 0
            var i = 0
            let n = u.count
            while i < n {
                if i + 8 <= n, Self.plain8(u.baseAddress! + i) { i += 8; continue }
                let c = u[i]
                if c >= 0x20, c != 0x22, c != 0x5C, c != 0xE2 { i += 1; continue }
                if c == 0xE2 {
                    // U+2028 / U+2029 are E2 80 A8 / E2 80 A9.
                    guard i + 2 < n, u[i + 1] == 0x80, u[i + 2] == 0xA8 || u[i + 2] == 0xA9 else { i += 1; continue }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                    buffer.append(contentsOf: u[i + 2] == 0xA8 ? Self.u2028 : Self.u2029)
                    i += 3
                    start = i
                    continue
                }
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                switch c {
                case 0x22: buffer.append(contentsOf: [0x5C, 0x22])
                case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])
                case 0x09: buffer.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    buffer.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
                }
                i += 1
                start = i
            }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<n]))
        }
        buffer.append(0x22)
        flushIfFull()
    }

    /// True when none of the 8 bytes at `p` needs a look: no control character, `"`, `\\` or 0xE2.
    @inline(__always) static func plain8(_ p: UnsafePointer<UInt8>) -> Bool {
        let w = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func has(_ byte: UInt64) -> UInt64 { let x = w ^ (ones &* byte); return (x &- ones) & ~x & highs }
        let low = (w &- ones &* 0x20) & ~w & highs
        return low | has(0x22) | has(0x5C) | has(0xE2) == 0
    }

    private static let u2028: [UInt8] = Array("\\u2028".utf8)
    private static let u2029: [UInt8] = Array("\\u2029".utf8)

    /// `d` as "YYYY-MM-DDTHH:MM:SSZ" (UTC) or, with `offsetHours`, as local "YYYY-MM-DD HH:MM".
    mutating func date(_ d: Date, offsetHours: Int? = nil) {
        Self.appendDate(d, offsetHours: offsetHours, to: &buffer)
    }

    /// `d` as local "YYYY-MM-DD HH:MM" at a fixed offset (Asia/Jakarta is +7 all year).
    static func localMinute(_ d: Date, offsetHours: Int) -> String {
        var b: [UInt8] = []
        appendDate(d, offsetHours: offsetHours, to: &b)
        return String(decoding: b, as: UTF8.self)
    }

    private static func appendDate(_ d: Date, offsetHours: Int?, to buffer: inout [UInt8]) {
        guard d.timeIntervalSince1970.isFinite, abs(d.timeIntervalSince1970) < 1e14 else { return }
        let t = Int(d.timeIntervalSince1970.rounded(.down)) + (offsetHours ?? 0) * 3_600
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        let (y, m, dd) = LocalFormat.civil(fromDays: days)
        func two(_ v: Int) { buffer.append(UInt8(v / 10) + 0x30); buffer.append(UInt8(v % 10) + 0x30) }
        if y < 0 || y > 9_999 { buffer.append(contentsOf: String(y).utf8) } else { two(y / 100); two(y % 100) }
        buffer.append(0x2D); two(m); buffer.append(0x2D); two(dd)
        buffer.append(offsetHours == nil ? 0x54 : 0x20)
        two(secs / 3_600); buffer.append(0x3A); two((secs % 3_600) / 60)
        if offsetHours == nil { buffer.append(0x3A); two(secs % 60); buffer.append(0x5A) }
    }

    private mutating func flushIfFull() {
        if buffer.count >= Self.flushAt { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                // File descriptor 1 directly: nothing else in `pantau parse` writes to standard output.
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }  // closed pipe: the rest cannot be written
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
