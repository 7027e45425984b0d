import Foundation

/// A local file (a path or a `file:` URL) read whole, for `pantau parse`. Network URLs are refused:
/// the crawl fetches those.
public struct FileInput: Sendable, Hashable {
    /// The input as the person gave it.
    public var input: String
    /// The file's absolute `file:` URL (the base URL relative links resolve against).
    public var url: String
    public var bytes: [UInt8]

    /// Why an input could not be read; the message names the input.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var description: String
    }

    /// Reads a path or file: URL; refuses http(s), folders, missing and unreadable files.
    public static func read(_ input: String) throws(Problem) -> FileInput {
        let lower = input.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            throw Problem(description: "\(input): http(s) is fetched by `pantau crawl`; `pantau parse` reads files and file: URLs only")
        }
        var path = input
        if lower.hasPrefix("file:") {
            guard let u = URL(string: input), u.isFileURL else { throw Problem(description: "\(input): not a valid file URL") }
            path = u.path
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw Problem(description: "\(input): no such file")
        }
        guard !isDir.boolValue else { throw Problem(description: "\(input): is a directory") }
        guard let bytes = readAll(path) else { throw Problem(description: "\(input): cannot be read (permission denied?)") }
        return FileInput(input: input, url: URL(fileURLWithPath: path).standardizedFileURL.absoluteString, bytes: bytes)
    }

    /// The whole file, read straight into one array (no `Data` in between: a large feed is copied once).
    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = max(Int(st.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, n in
            n = 0
            while n < size {
                let r = Foundation.read(fd, buf.baseAddress! + n, size - n)
                if r < 0 && errno == EINTR { continue }
                if r <= 0 { failed = r < 0; break }
                n += r
            }
        }
        if failed { return nil }
        // A file that grew, or one that has no size (a pipe): the rest in pieces.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let r = chunk.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress, $0.count) }
            if r < 0 && errno == EINTR { continue }
            if r < 0 { return nil }
            if r == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<r])
        }
    }
}
