import Foundation
import PantauModel
import Synchronization

/// The parses under way in one process, in a small file of its own: one `pwrite` before a parse
/// and one after, no fsync (what a killed process wrote stays in the page cache, and only a crash of
/// the whole machine loses it). The next run on the same host reads the files of processes that
/// died and counts a parse death for each source whose slot was still taken (see `ParseGuard`).
///
/// The file: a header slot holding the owner ("host:pid:nonce"), then `slots` slots of
/// `slotSize` bytes: a state byte (1: parse under way), then the source id and content hash, each
/// as a 2-byte length and UTF-8 bytes.
final class ParseJournal: Sendable {
    static let slotSize = 512
    static let slots = 256
    static let suffix = ".parsing"
    let path: String
    private let fd: Int32
    private let free: Mutex<[Int]>

    /// Opens a journal for `owner` in `directory` (created if needed); nil if it cannot be written.
    init?(directory: String, owner: String) {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let name = String(owner.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        path = directory + "/" + name + Self.suffix
        fd = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        free = Mutex(Array((0..<Self.slots).reversed()))
        var header = Array("PANTAU-PARSE-JOURNAL 1\n\(owner)\n".utf8.prefix(Self.slotSize))
        header += [UInt8](repeating: 0, count: Self.slotSize * (Self.slots + 1) - header.count)
        guard header.withUnsafeBytes({ pwrite(fd, $0.baseAddress, $0.count, 0) }) == header.count else {
            close(fd)
            unlink(path)
            return nil
        }
    }

    /// Writes down that `mark`'s parse starts; returns its slot (nil when every slot is taken: the
    /// parse then goes unrecorded, as it would without a journal).
    func begin(_ mark: ParseMark) -> Int? {
        guard let slot = free.withLock({ $0.popLast() }) else { return nil }
        var bytes: [UInt8] = [1]
        for field in [mark.sourceID, mark.contentHash] {
            let utf8 = Array(field.utf8.prefix(240))
            bytes += [UInt8(utf8.count >> 8), UInt8(utf8.count & 0xFF)] + utf8
        }
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, off_t(Self.slotSize * (slot + 1))) }
        return slot
    }

    /// The parse in `slot` ended with the process alive.
    func end(_ slot: Int?) {
        guard let slot else { return }
        var zero: UInt8 = 0
        _ = pwrite(fd, &zero, 1, off_t(Self.slotSize * (slot + 1)))
        free.withLock { $0.append(slot) }
    }

    /// Closes and removes the file (the run ended: nothing is under way any more).
    func remove() {
        close(fd)
        unlink(path)
    }

    /// The parses left under way by the dead processes whose journals are in `directory`; their
    /// files are removed. `isAlive` judges an owner (see `LeaseOwner.isAlive`).
    static func collect(directory: String, isAlive: (String) -> Bool) -> [ParseMark] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var marks: [ParseMark] = []
        for name in names.sorted() where name.hasSuffix(suffix) {
            let file = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            let bytes = [UInt8](data)
            let header = String(decoding: bytes.prefix(slotSize), as: UTF8.self).split(separator: "\n")
            guard header.count >= 2, header[0] == "PANTAU-PARSE-JOURNAL 1", !isAlive(String(header[1])) else { continue }
            var offset = slotSize
            while offset + slotSize <= bytes.count {
                if bytes[offset] == 1, let m = mark(bytes[offset..<offset + slotSize]) { marks.append(m) }
                offset += slotSize
            }
            unlink(file)
        }
        return marks
    }

    private static func mark(_ slot: ArraySlice<UInt8>) -> ParseMark? {
        var i = slot.startIndex + 1
        var fields: [String] = []
        for _ in 0..<2 {
            guard i + 2 <= slot.endIndex else { return nil }
            let n = Int(slot[i]) << 8 | Int(slot[i + 1])
            guard i + 2 + n <= slot.endIndex else { return nil }
            fields.append(String(decoding: slot[(i + 2)..<(i + 2 + n)], as: UTF8.self))
            i += 2 + n
        }
        return fields[0].isEmpty ? nil : ParseMark(sourceID: fields[0], contentHash: fields[1])
    }
}

extension ParseJournal {
    /// The journals' folder beside a database file ("<database>.parsing"); nil for an in-memory database.
    static func directory(forDatabase path: String) -> String? {
        path.isEmpty || path == ":memory:" ? nil : path + suffix
    }
}
