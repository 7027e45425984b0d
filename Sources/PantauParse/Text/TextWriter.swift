extension HTMLText {
    /// Accumulates UTF-8 output, collapsing whitespace runs (Python's `str.isspace` set) into one
    /// space and trimming both ends.
    struct Writer: ~Copyable {
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        /// Bytes written so far.
        private(set) var count = 0
        /// A separator is owed before the next visible character.
        var pendingSpace = false
        /// False to copy whitespace as is.
        var collapseSpaces = true

        init(capacity: Int) {
            self.capacity = max(capacity + 16, 64)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

        @inline(__always) mutating func reserve(_ extra: Int) {
            if count + extra > capacity { grow(count + extra) }
        }

        private mutating func grow(_ needed: Int) {
            let newCapacity = max(needed, capacity * 2)
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            bigger.update(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity = newCapacity
        }

        /// Appends a byte; room must have been reserved.
        @inline(__always) mutating func put(_ c: UInt8) {
            base[count] = c
            count += 1
        }

        @inline(__always) mutating func visible() {
            if pendingSpace {
                if count > 0 {
                    reserve(1)
                    put(0x20)
                }
                pendingSpace = false
            }
        }

        @inline(__always) mutating func appendASCII(_ c: UInt8) {
            if collapseSpaces, c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) {
                pendingSpace = true
                return
            }
            visible()
            reserve(1)
            put(c)
        }

        /// Appends visible ASCII bytes (no whitespace) unchanged.
        @inline(__always) mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
            visible()
            reserve(run.count)
            (base + count).update(from: run.baseAddress!, count: run.count)
            count += run.count
        }

        mutating func appendString(_ s: String) {
            for u in s.unicodeScalars {
                if collapseSpaces, HTMLText.isSpace(u.value) {
                    pendingSpace = true
                } else {
                    visible()
                    reserve(4)
                    for b in String(u).utf8 { put(b) }
                }
            }
        }

        /// Copies the UTF-8 character at `i`; returns the next index.
        @inline(__always) mutating func copyChar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
            let c = b[i]
            if c < 0x80 {
                appendASCII(c)
                return i + 1
            }
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            let end = min(b.count, i + len)
            if collapseSpaces, len <= 3, end - i == len {
                var v: UInt32
                if len == 2 { v = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F) }
                else if len == 3 { v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F) }
                else { v = 0 }
                if HTMLText.isSpace(v) {
                    pendingSpace = true
                    return end
                }
            }
            visible()
            reserve(end - i)
            for k in i..<end { put(b[k]) }
            return end
        }

        /// Copies plain text starting at `i` up to the next byte that needs care ('<', '&', non-ASCII,
        /// controls, a run of spaces); single spaces between words are copied as they are, eight
        /// bytes at a time where possible. Returns the next index.
        @inline(__always) mutating func copyPlainASCII(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            visible()
            let n = b.count
            reserve(n - start)
            let p = b.baseAddress!
            let out = base
            var i = start
            var k = count
            while i < n {
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                    guard Self.isPlainWord(word) else { break }
                    UnsafeMutableRawPointer(out + k).storeBytes(of: word, as: UInt64.self)
                    k += 8
                    i += 8
                }
                guard i < n else { break }
                let c = p[i]
                if Self.isPlain(c) {
                    out[k] = c
                    k += 1
                    i += 1
                } else if c == 0x20, i + 1 < n, Self.isPlain(p[i + 1]) {
                    out[k] = 0x20
                    out[k + 1] = p[i + 1]
                    k += 2
                    i += 2
                } else {
                    break
                }
            }
            count = k
            return i
        }

        /// Visible ASCII other than '<' and '&'.
        @inline(__always) static func isPlain(_ c: UInt8) -> Bool { c > 0x20 && c < 0x7F && c != 0x3C && c != 0x26 }

        /// High bit set in exactly the zero bytes of `v`.
        @inline(__always) static func zeroBytes(_ v: UInt64) -> UInt64 {
            let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((v & low) &+ low) | v | low)
        }

        /// Eight bytes that are plain or single spaces between plain bytes (not last: the next byte decides).
        @inline(__always) static func isPlainWord(_ w: UInt64) -> Bool {
            let high: UInt64 = 0x8080_8080_8080_8080
            if w & high != 0 { return false }
            let controls = (w &- 0x2020_2020_2020_2020) & ~w & high
            let bad = controls | zeroBytes(w ^ 0x7F7F_7F7F_7F7F_7F7F) | zeroBytes(w ^ 0x3C3C_3C3C_3C3C_3C3C)
                | zeroBytes(w ^ 0x2626_2626_2626_2626)
            if bad != 0 { return false }
            let spaces = zeroBytes(w ^ 0x2020_2020_2020_2020)
            return spaces & (spaces << 8) == 0 && spaces & 0x8000_0000_0000_0000 == 0
        }
    }

    /// Python's `str.isspace` set.
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}

extension String {
    /// Trims Python's `str.isspace` characters from both ends without going through Foundation.
    package func pythonTrimmed() -> String {
        // Fast path: visible ASCII at both ends.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, HTMLText.isSpace(scalars[start].value) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard HTMLText.isSpace(scalars[before].value) else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
