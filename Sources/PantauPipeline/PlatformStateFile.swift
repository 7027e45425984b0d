import Foundation
import PantauModel
import PantauPlatforms
#if canImport(Glibc)
import Glibc
#endif

/// What API reading must remember between runs, outside the registry and the database: the YouTube
/// units spent in the current Pacific day (so separate `pantau crawl` runs share one budget) and
/// TikTok tokens renewed by a refresh (refresh tokens rotate: the configured one stops working once
/// renewed). One JSON file, mode 0600, changed under an exclusive lock. Never printed or exported.
struct PlatformStateFile: Sendable {
    let path: String

    struct Contents: Codable {
        /// "2026-12-04": the Pacific day `quotaSpent` belongs to.
        var quotaDay: String?
        var quotaSpent = 0
        /// By credential name.
        var tiktok: [String: Tokens] = [:]
        /// The Graph API's usage as its last answer with usage headers reported it (app-wide).
        var graphUsage: GraphSeen?

        struct GraphSeen: Codable {
            var percent: Int
            var at: Date
        }

        struct Tokens: Codable {
            var accessToken: String
            var refreshToken: String
            var renewedAt: Date
        }
    }

    /// The contents as they stand, under a shared lock; nil when the file is missing or unreadable.
    /// Never creates the file (a server reading `/metrics` leaves no trace).
    func read() -> Contents? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard flock(fd, LOCK_SH) == 0 else { return nil }
        defer { flock(fd, LOCK_UN) }
        return Self.contents(of: fd)
    }

    /// What an open file holds (at most 1 MB), nil when it is not the JSON this type writes.
    private static func contents(of fd: Int32) -> Contents? {
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 16 * 1_024)
        while bytes.count < 1 << 20 {
            let n = Glibc.read(fd, &buf, buf.count)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(Contents.self, from: Data(bytes))
    }

    /// Reads, changes and writes the file while holding its lock; returns what `change` returned.
    /// A missing or unreadable file counts as empty (a fresh budget, the configured tokens).
    func update<T>(_ change: (inout Contents) -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PipelineError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw PipelineError.cannotWrite(path: path, reason: "cannot lock") }
        defer { flock(fd, LOCK_UN) }
        fchmod(fd, 0o600)
        var contents = Self.contents(of: fd) ?? Contents()
        let result = change(&contents)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        let out = Array(try encoder.encode(contents))
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0 else {
            throw PipelineError.cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        var off = 0
        while off < out.count {
            let n = out[off...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard n > 0 else { throw PipelineError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            off += n
        }
        fsync(fd)
        return result
    }
}
