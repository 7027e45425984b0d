import Foundation

/// Character data read without libxml2: long runs of text in element content (escaped HTML,
/// mostly) are decoded here as libxml2 decodes them, so that its per-reference work is skipped.
/// A run is decoded only when every piece of it is one this decoder knows to give exactly what
/// libxml2 gives; anything else (other entities, invalid characters or references, `]]>`) is left
/// to libxml2.
extension XMLStream {
    /// Shorter runs go to libxml2 (two extra pushes cost more than they save).
    static let minTextRun = 256

    /// The next run `[start, end)` at or after `from` that holds a reference, starts right after a
    /// `>` and ends before a `<`, and is at least ``minTextRun`` long.
    static func findTextRun(_ buf: UnsafeBufferPointer<UInt8>, from: Int) -> Range<Int>? {
        guard let base = buf.baseAddress else { return nil }
        let count = buf.count
        var a = from
        while a < count {
            guard let amp = memchr(base + a, 0x26, count - a) else { return nil }
            let ampAt = UnsafeRawPointer(amp) - UnsafeRawPointer(base)
            guard let lt = memchr(base + ampAt, 0x3C, count - ampAt) else { return nil }
            let end = UnsafeRawPointer(lt) - UnsafeRawPointer(base)
            var s = ampAt - 1
            while s >= from, base[s] != 0x3E, base[s] != 0x3C { s -= 1 }
            if s >= from, base[s] == 0x3E, end - (s + 1) >= minTextRun { return (s + 1)..<end }
            a = end
        }
        return nil
    }

    /// Decodes character data as libxml2 does (CR LF and CR become LF; the five predefined
    /// entities and character references are replaced) into `out`, which has room for `s.count`
    /// bytes (decoding never lengthens). Returns the decoded length, or nil when the run holds
    /// anything else libxml2 might treat differently.
    static func decodeText(_ s: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int? {
        guard let p = s.baseAddress else { return 0 }
        let n = s.count
        var i = 0
        var o = 0
        while i < n {
            // Bytes that need no care are copied in one go: ASCII from space up, and UTF-8 other than EF.
            var j = i
            while j + 8 <= n {
                let w = UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self)
                let amp = w ^ 0x2626_2626_2626_2626, bracket = w ^ 0x5D5D_5D5D_5D5D_5D5D, ef = w ^ 0xEFEF_EFEF_EFEF_EFEF
                let special = ((w &- 0x2020_2020_2020_2020) & ~w) | ((amp &- 0x0101_0101_0101_0101) & ~amp)
                    | ((bracket &- 0x0101_0101_0101_0101) & ~bracket) | ((ef &- 0x0101_0101_0101_0101) & ~ef)
                if special & 0x8080_8080_8080_8080 != 0 { break }
                j += 8
            }
            while j < n {
                let c = p[j]
                if c < 0x20 || c == 0x26 || c == 0x5D || c == 0xEF { break }
                j += 1
            }
            if j > i {
                (out + o).update(from: p + i, count: j - i)
                o += j - i
                i = j
            }
            guard i < n else { break }
            let c = p[i]
            switch c {
            case 0x26:
                guard let (next, written) = reference(p, n, i, into: out + o) else { return nil }
                i = next
                o += written
                continue
            case 0x0D:
                out[o] = 0x0A
                i += (i + 1 < n && p[i + 1] == 0x0A) ? 2 : 1
                o += 1
                continue
            case 0x09, 0x0A:
                break
            case 0x5D:
                if i + 2 < n, p[i + 1] == 0x5D, p[i + 2] == 0x3E { return nil }
            case 0xEF:
                if i + 2 < n, p[i + 1] == 0xBF, p[i + 2] == 0xBE || p[i + 2] == 0xBF { return nil }
            default:
                return nil  // another control character
            }
            out[o] = c
            o += 1
            i += 1
        }
        return o
    }

    /// The reference at `p[i] == '&'`: writes its text to `out` and returns the index after it and
    /// the bytes written, or nil.
    private static func reference(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int,
                                  into out: UnsafeMutablePointer<UInt8>) -> (Int, Int)? {
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? p[k] : 0 }
        if at(i + 1) == 0x23 {  // '#'
            let hex = at(i + 2) == 0x78  // only a lower-case 'x' makes libxml2 read hex
            var k = i + (hex ? 3 : 2)
            var value: UInt32 = 0
            var digits = 0
            while k < n, p[k] != 0x3B {
                let c = p[k]
                let d: UInt32
                if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) }
                else if hex, c >= 0x61 && c <= 0x66 { d = UInt32(c - 0x61 + 10) }
                else if hex, c >= 0x41 && c <= 0x46 { d = UInt32(c - 0x41 + 10) }
                else { return nil }
                value = value * (hex ? 16 : 10) + d
                digits += 1
                guard digits <= 7 else { return nil }
                k += 1
            }
            guard k < n, digits > 0, isXMLChar(value), let scalar = Unicode.Scalar(value) else { return nil }
            var written = 0
            for b in UTF8.encode(scalar)! {
                out[written] = b
                written += 1
            }
            // "&#N;" takes at least 4 bytes and gives at most as many as its value needs digits.
            return (k + 1, written)
        }
        // The five predefined entities.
        if at(i + 1) == 0x6C, at(i + 2) == 0x74, at(i + 3) == 0x3B { out[0] = 0x3C; return (i + 4, 1) }  // &lt;
        if at(i + 1) == 0x67, at(i + 2) == 0x74, at(i + 3) == 0x3B { out[0] = 0x3E; return (i + 4, 1) }  // &gt;
        if at(i + 1) == 0x61, at(i + 2) == 0x6D, at(i + 3) == 0x70, at(i + 4) == 0x3B { out[0] = 0x26; return (i + 5, 1) }  // &amp;
        if at(i + 1) == 0x71, at(i + 2) == 0x75, at(i + 3) == 0x6F, at(i + 4) == 0x74, at(i + 5) == 0x3B {  // &quot;
            out[0] = 0x22
            return (i + 6, 1)
        }
        if at(i + 1) == 0x61, at(i + 2) == 0x70, at(i + 3) == 0x6F, at(i + 4) == 0x73, at(i + 5) == 0x3B {  // &apos;
            out[0] = 0x27
            return (i + 6, 1)
        }
        return nil
    }

    /// XML 1.0 `Char`.
    static func isXMLChar(_ v: UInt32) -> Bool {
        v == 0x09 || v == 0x0A || v == 0x0D || (v >= 0x20 && v <= 0xD7FF) || (v >= 0xE000 && v <= 0xFFFD) || (v >= 0x10000 && v <= 0x10FFFF)
    }
}
