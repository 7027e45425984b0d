import Foundation

/// Bytes to standard output in pieces of about a megabyte.
struct ByteOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }  // closed pipe: the rest cannot be written
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
