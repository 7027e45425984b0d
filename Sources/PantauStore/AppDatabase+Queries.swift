import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Stored posts of registered sources, with latest counters and matches. `from`/`to` bound the
    /// post's time (published, else first seen); nil means unbounded. `evidence: false` leaves each
    /// match's evidence words out (reports and alerts do not show them; decoding them is costly).
    public func observedPosts(from: Date? = nil, to: Date? = nil, evidence: Bool = true) throws -> [ObservedPost] {
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
            var matches: [Int64: [InnovationMatch]] = [:]
            let decoder = JSONDecoder()
            let matchRows = try Row.fetchCursor(db, sql: "SELECT postID, innovationID, score, evidence FROM match")
            while let m = try matchRows.next() {
                let postID: Int64 = m[0]
                let ev = evidence ? ((try? decoder.decode([String].self, from: Data((m[3] as String).utf8))) ?? []) : []
                matches[postID, default: []].append(InnovationMatch(innovationID: m[1], score: m[2], evidence: ev))
            }
            var platforms: [String: Platform] = [:]
            func date(_ row: Row, _ i: Int) -> Date? {
                guard let text: String = row[i] else { return nil }
                return StorageDate.parse(text) ?? (row[i] as Date?)
            }
            var out: [ObservedPost] = []
            let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(args))
            while let r = try rows.next() {
                let id: Int64 = r[0]
                let platformText: String = r[3]
                let platform = platforms[platformText] ?? {
                    let p = Platform(rawValue: platformText) ?? .other
                    platforms[platformText] = p
                    return p
                }()
                let firstSeen = date(r, 8) ?? Date(timeIntervalSince1970: 0)
                out.append(ObservedPost(
                    id: id, sourceID: r[1], unitID: r[2], platform: platform, stableID: r[4], url: r[5], title: r[6],
                    published: date(r, 7), firstSeen: firstSeen, lastSeen: date(r, 9) ?? firstSeen,
                    engagement: Engagement(views: r[11], likes: r[12], comments: r[13], shares: r[14]),
                    matches: matches[id] ?? [], textSHA256: r[10]))
            }
            return out
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
