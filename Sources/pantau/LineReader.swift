import Foundation

/// Reads a file line by line in 1 MiB chunks (posts files can be large). A read error (e.g. a
/// folder given as the posts file) ends the lines and is kept in `failure`.
struct LineReader {
    let handle: FileHandle
    var pending = Data()
    var done = false
    var failure: String?

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> Data? {
        while true {
            if let nl = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<nl]
                pending = pending[(nl + 1)...]
                return Data(line)
            }
            if done {
                if pending.isEmpty { return nil }
                defer { pending = Data() }
                return Data(pending)
            }
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                let e = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError ?? error as NSError
                failure = e.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(e.code))) : e.localizedDescription
                pending = Data()
                done = true
                continue
            }
            if chunk.isEmpty { done = true } else { pending.append(chunk) }
        }
    }
}
