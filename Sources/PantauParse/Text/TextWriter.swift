extension HTMLText {
    /// Accumulates UTF-8 output, collapsing whitespace runs (Python's `str.isspace` set) into one
    /// space and trimming both ends.
    struct Writer {
        var bytes: [UInt8]
        /// A separator is owed before the next visible character.
        var pendingSpace = false
        /// False to copy whitespace as is.
        var collapseSpaces = true

        init(capacity: Int) {
            bytes = []
            bytes.reserveCapacity(capacity)
        }

        var string: String { String(decoding: bytes, as: UTF8.self) }

        @inline(__always) mutating func visible() {
            if pendingSpace {
                if !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
            }
        }

        @inline(__always) mutating func appendASCII(_ c: UInt8) {
            if collapseSpaces, c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) {
                pendingSpace = true
                return
            }
            visible()
            bytes.append(c)
        }

        /// Appends visible ASCII bytes (no whitespace) unchanged.
        @inline(__always) mutating func appendRun(_ run: UnsafeBufferPointer<UInt8>) {
            visible()
            bytes.append(contentsOf: run)
        }

        mutating func appendString(_ s: String) {
            for u in s.unicodeScalars {
                if collapseSpaces, HTMLText.isSpace(u.value) {
                    pendingSpace = true
                } else {
                    visible()
                    bytes.append(contentsOf: String(u).utf8)
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
            for k in i..<end { bytes.append(b[k]) }
            return end
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
    func pythonTrimmed() -> String {
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
