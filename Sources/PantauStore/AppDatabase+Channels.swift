import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Publication (else first-seen) times of the stored posts of the given sources, for the *stale*
    /// test of bridge feeds.
    public func postTimes(of sourceIDs: Set<String>) throws -> [String: [Date]] {
        guard !sourceIDs.isEmpty else { return [:] }
        return try writer.read { db in
            var out: [String: [Date]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT sourceID, COALESCE(published, firstSeen) FROM post")
            while let r = try rows.next() {
                let id: String = r[0]
                guard sourceIDs.contains(id), let text: String = r[1], let d = StorageDate.parse(text) else { continue }
                out[id, default: []].append(d)
            }
            return out
        }
    }
}
