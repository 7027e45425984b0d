import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Stored posts of registered sources, with latest counters and matches. `from`/`to` bound the
    /// post's time (published, else first seen); nil means unbounded. `evidence: false` leaves each
    /// match's evidence words out (reports and alerts do not show them; decoding them is costly).
    /// Posts before `detailFrom` come without stable id, URL, title and text hash (a weekly report
    /// only counts them), which saves millions of small allocations on a large store.
    ///
    /// A stored counter outside 0…10^15 (or not a whole number) is treated as unknown, and `warn` gets
    /// a line naming the post and the value.
    public func observedPosts(from: Date? = nil, to: Date? = nil, evidence: Bool = true,
                              detailFrom: Date? = nil, warn: (String) -> Void = { _ in }) throws -> [ObservedPost] {
        let (posts, warnings) = try writer.read { db -> ([ObservedPost], [String]) in
            var warnings: [String] = []
            // One sequential pass per table instead of a join and a correlated subquery per post:
            // registered sources and the latest counters are looked up in memory.
            var registered: [String: (unitID: String, platform: Platform)] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT id, unitID, platform FROM source WHERE inRegistry = 1") {
                registered[r[0]] = (r[1], Platform(rawValue: r[2]) ?? .other)
            }
            var latest: [Int64: StoredCounts] = [:]
            let engagementRows = try Row.fetchCursor(db, sql: """
                SELECT postID, views, likes, comments, shares FROM engagement ORDER BY postID, at
                """)
            while let e = try engagementRows.next() {
                latest[e[0]] = StoredCounts(row: e)
            }
            var matches: [Int64: [InnovationMatch]] = [:]
            let decoder = JSONDecoder()
            let matchRows = try Row.fetchCursor(db, sql: "SELECT postID, innovationID, score, evidence FROM match")
            while let m = try matchRows.next() {
                let postID: Int64 = m[0]
                let ev = evidence ? ((try? decoder.decode([String].self, from: Data((m[3] as String).utf8))) ?? []) : []
                matches[postID, default: []].append(InnovationMatch(innovationID: m[1], score: m[2], evidence: ev))
            }
            // A table scan gives the order the matches were written in, which a rematch takes from a
            // dictionary: each post's matches are put in innovation id order, as on PostgreSQL.
            for (id, list) in matches where list.count > 1 { matches[id] = list.sorted(by: InnovationMatch.storedOrder) }
            var imported: [Int64: String] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT postID, file, line FROM postImport") {
                imported[r[0]] = "\(r[1] as String):\(r[2] as Int)"
            }
            func date(_ row: Row, _ i: Int) -> Date? {
                guard let text: String = row[i] else { return nil }
                return StorageDate.parse(text) ?? (row[i] as Date?)
            }
            var out: [ObservedPost] = []
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, sourceID, stableID, url, title, published, firstSeen, lastSeen, textSHA256 FROM post ORDER BY id
                """)
            while let r = try rows.next() {
                let sourceID: String = r[1]
                guard let source = registered[sourceID] else { continue }
                let firstSeen = date(r, 6) ?? Date(timeIntervalSince1970: 0)
                let published = date(r, 5)
                let time = published ?? firstSeen
                if let from, time < from { continue }
                if let to, time >= to { continue }
                let id: Int64 = r[0]
                let detail = detailFrom.map { time >= $0 } ?? true
                let counts = latest[id]
                if let counts, !counts.rejected.isEmpty {
                    warnings.append("post \(id) of source \(sourceID) (\(r[3] as String? ?? r[2] as String)): stored "
                        + counts.rejected.joined(separator: ", ") + " out of range (0 to 10^15), treated as unknown")
                }
                out.append(ObservedPost(
                    id: id, sourceID: sourceID, unitID: source.unitID, platform: source.platform,
                    stableID: detail ? r[2] : "", url: detail ? r[3] : nil, title: detail ? r[4] : nil,
                    published: published, firstSeen: firstSeen, lastSeen: date(r, 7) ?? firstSeen,
                    engagement: counts?.engagement ?? Engagement(), matches: matches[id] ?? [], textSHA256: detail ? r[8] : ""))
                if let origin = imported[id] { out[out.count - 1].importedFrom = origin }
            }
            out.sort { $0.time != $1.time ? $0.time < $1.time : $0.id < $1.id }
            return (out, warnings)
        }
        warnings.forEach(warn)
        return posts
    }

    /// Health of every registered source.
    public func health() throws -> [SourceHealth] {
        let quarantined = try parseQuarantines()
        return try writer.read { db in
            var channels: [String: Row] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT sourceID, state, since, hint, followers FROM channelState") {
                channels[r[0]] = r
            }
            return try SourceRecord.filter(Column("inRegistry") == true).order(Column("id")).fetchAll(db).map {
                let c = channels[$0.id]
                let since: Date? = c.flatMap { r in (r[2] as String?).flatMap(StorageDate.parse) }
                return SourceHealth(sourceID: $0.id, lastSuccess: $0.lastSuccess, lastAttempt: $0.lastAttempt,
                                    lastError: $0.lastError, consecutiveFailures: $0.consecutiveFailures,
                                    nextDue: $0.nextDue, gone: $0.gone, quarantinedSince: quarantined[$0.id]?.since,
                                    apiState: c.flatMap { ($0[1] as String?).flatMap(ChannelState.init(rawValue:)) },
                                    apiStateSince: since, apiHint: c?[3], followers: c?[4])
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

    /// Every stored post's words, for re-matching after a registry change.
    public func postTexts() throws -> [StoredPostText] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, sourceID, title, text, url FROM post ORDER BY id").map {
                StoredPostText(id: $0["id"], sourceID: $0["sourceID"], title: $0["title"], text: $0["text"], url: $0["url"])
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
                                    evidence: CrawlWriter.encode(m.evidence)).insert(db)
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
