import Foundation
import PantauModel

/// Buffered bytes to standard output: the output is written as it is made, in pieces of about a
/// megabyte, and never held whole in memory. JSON strings are escaped on the bytes by `JSONText`.
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

    /// A JSON string, escaped by `JSONText` (`"` `\\` control characters, U+2028 / U+2029).
    mutating func quoted(_ s: String) {
        JSONText.quote(s, into: &buffer)
        flushIfFull()
    }

    /// `d` as "YYYY-MM-DDTHH:MM:SSZ" (UTC).
    mutating func date(_ d: Date) {
        guard d.timeIntervalSince1970.isFinite, abs(d.timeIntervalSince1970) < 1e14 else { return }
        let t = Int(d.timeIntervalSince1970.rounded(.down))
        let days = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
        let secs = t - days * 86_400
        let (y, m, dd) = LocalFormat.civil(fromDays: days)
        func two(_ v: Int) { buffer.append(UInt8(v / 10) + 0x30); buffer.append(UInt8(v % 10) + 0x30) }
        if y < 0 || y > 9_999 { buffer.append(contentsOf: String(y).utf8) } else { two(y / 100); two(y % 100) }
        buffer.append(0x2D); two(m); buffer.append(0x2D); two(dd)
        buffer.append(0x54)
        two(secs / 3_600); buffer.append(0x3A); two((secs % 3_600) / 60); buffer.append(0x3A); two(secs % 60)
        buffer.append(0x5A)
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
