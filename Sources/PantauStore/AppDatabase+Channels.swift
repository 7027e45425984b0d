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
            let rows = try Row.fetchCursor(db, sql: "SELECT sourceID, COALESCE(published, firstSeen) FROM post ORDER BY id")
            while let r = try rows.next() {
                let id: String = r[0]
                guard sourceIDs.contains(id), let text: String = r[1], let d = StorageDate.parse(text) else { continue }
                out[id, default: []].append(d)
            }
            return out
        }
    }
}

extension AppDatabase {
    /// Per post, what its counters grew by in [`from`, `to`), from the engagement snapshots: the last
    /// snapshot before `to` minus the last before `from` (a post that counts from within the period
    /// starts from nothing). Posts whose growth cannot be known (no snapshot before the period for an
    /// older post) are left out.
    public func engagementGains(from: Date, to: Date) throws -> [Int64: Engagement] {
        try writer.read { db in
            let start = StorageDate.text(from), end = StorageDate.text(to)
            var base: [Int64: Engagement] = [:], last: [Int64: Engagement] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT postID, at, views, likes, comments, shares FROM engagement WHERE at < ? ORDER BY postID, at
                """, arguments: [end])
            while let r = try rows.next() {
                let id: Int64 = r[0]
                let at: String = r[1]
                let e = Engagement(views: r[2], likes: r[3], comments: r[4], shares: r[5])
                if at < start { base[id] = e }
                last[id] = e
            }
            guard !last.isEmpty else { return [:] }
            var newInPeriod = Set<Int64>()
            for r in try Row.fetchAll(db, sql: "SELECT id FROM post WHERE COALESCE(published, firstSeen) >= ?", arguments: [start]) {
                newInPeriod.insert(r[0])
            }
            var out: [Int64: Engagement] = [:]
            for (id, e) in last {
                if let b = base[id] { out[id] = e.gain(since: b) } else if newInPeriod.contains(id) { out[id] = e.gain(since: nil) }
            }
            return out
        }
    }
}

extension AppDatabase {
    /// Records that an API channel is held back (rate limit, quota) until a time said in `note`,
    /// without a crawl. A channel whose token expired or that is broken keeps that state: it is the
    /// more important thing to say, and being held back changes nothing about it.
    public func noteChannelWaiting(_ sourceID: String, note: String, at: Date) throws {
        let limited = ChannelState.rateLimited.rawValue
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO channelState (sourceID, state, since, at, hint) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(sourceID) DO UPDATE SET
                  since = CASE WHEN state = excluded.state THEN since ELSE excluded.since END,
                  state = excluded.state, at = excluded.at, hint = excluded.hint
                WHERE state NOT IN ('token_expired', 'broken')
                """, arguments: [sourceID, limited, StorageDate.text(at), StorageDate.text(at), note])
        }
    }
}
