import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Stored posts of registered sources, with latest counters and matches. `from`/`to` bound the
    /// post's time (published, else first seen); nil means unbounded.
    public func observedPosts(from: Date? = nil, to: Date? = nil) throws -> [ObservedPost] {
        try writer.read { db in
            var sql = """
                SELECT p.id, p.sourceID, s.unitID, s.platform, p.stableID, p.url, p.title, p.published,
                       p.firstSeen, p.lastSeen, p.textSHA256,
                       e.views, e.likes, e.comments, e.shares
                FROM post p JOIN source s ON s.id = p.sourceID
                LEFT JOIN engagement e ON e.postID = p.id
                     AND e.at = (SELECT MAX(at) FROM engagement WHERE postID = p.id)
                WHERE s.inRegistry = 1
                """
            var args: [any DatabaseValueConvertible] = []
            if let from { sql += " AND COALESCE(p.published, p.firstSeen) >= ?"; args.append(from) }
            if let to { sql += " AND COALESCE(p.published, p.firstSeen) < ?"; args.append(to) }
            sql += " ORDER BY COALESCE(p.published, p.firstSeen), p.id"
            let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(args))
            var matches: [Int64: [InnovationMatch]] = [:]
            for m in try MatchRecord.fetchAll(db) {
                let ev = (try? JSONDecoder().decode([String].self, from: Data(m.evidence.utf8))) ?? []
                matches[m.postID, default: []].append(InnovationMatch(innovationID: m.innovationID, score: m.score, evidence: ev))
            }
            return rows.map { r in
                let id: Int64 = r["id"]
                return ObservedPost(
                    id: id, sourceID: r["sourceID"], unitID: r["unitID"],
                    platform: Platform(rawValue: r["platform"]) ?? .other, stableID: r["stableID"],
                    url: r["url"], title: r["title"], published: r["published"], firstSeen: r["firstSeen"],
                    lastSeen: r["lastSeen"],
                    engagement: Engagement(views: r["views"], likes: r["likes"], comments: r["comments"], shares: r["shares"]),
                    matches: matches[id] ?? [], textSHA256: r["textSHA256"])
            }
        }
    }

    /// Health of every registered source.
    public func health() throws -> [SourceHealth] {
        try writer.read { db in
            try SourceRecord.filter(Column("inRegistry") == true).order(Column("id")).fetchAll(db).map {
                SourceHealth(sourceID: $0.id, lastSuccess: $0.lastSuccess, lastAttempt: $0.lastAttempt,
                             lastError: $0.lastError, consecutiveFailures: $0.consecutiveFailures,
                             nextDue: $0.nextDue, gone: $0.gone)
            }
        }
    }

    /// Sources whose last permanent redirect points elsewhere: (source id, new URL).
    public func movedSources() throws -> [(String, String)] {
        try writer.read { db in
            try SourceRecord.filter(Column("inRegistry") == true && Column("movedTo") != nil).fetchAll(db)
                .map { ($0.id, $0.movedTo!) }
        }
    }

    /// Row counts a person checks after a crawl.
    public func counts() throws -> StoreCounts {
        try writer.read { db in
            StoreCounts(
                sources: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source WHERE inRegistry = 1") ?? 0,
                posts: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM post") ?? 0,
                matchedPosts: try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT postID) FROM match") ?? 0,
                matches: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM match") ?? 0,
                engagementSnapshots: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM engagement") ?? 0)
        }
    }

    /// Every stored post's text, for re-matching after a registry change.
    public func postsForMatching() throws -> [(id: Int64, sourceID: String, title: String?, text: String, url: String?)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, sourceID, title, text, url FROM post ORDER BY id").map {
                (id: $0["id"], sourceID: $0["sourceID"], title: $0["title"], text: $0["text"], url: $0["url"])
            }
        }
    }

    /// Replaces all matches at once (after `rematch`); returns the number of matches written.
    @discardableResult
    public func replaceMatches(_ all: [Int64: [InnovationMatch]]) throws -> Int {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM match")
            var n = 0
            for (postID, ms) in all {
                for m in ms {
                    try MatchRecord(postID: postID, innovationID: m.innovationID, score: m.score,
                                    evidence: Self.encode(m.evidence)).insert(db)
                    n += 1
                }
            }
            return n
        }
    }

    /// The newest published time in the store (else the newest first-seen time), if any post exists.
    public func newestPostTime() throws -> Date? {
        try writer.read { db in
            try Date.fetchOne(db, sql: "SELECT MAX(published) FROM post")
                ?? Date.fetchOne(db, sql: "SELECT MAX(firstSeen) FROM post")
        }
    }
}

extension AppDatabase {
    /// Stable ids already stored for a source (for page sources: article URLs not to fetch again).
    public func knownStableIDs(sourceID: String) throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: "SELECT stableID FROM post WHERE sourceID = ?", arguments: [sourceID]))
        }
    }
}
