import Foundation
import PantauModel
import PostgresNIO

/// What the weekly report, the evidence export, the alerts and the sources' health read, on
/// PostgreSQL. Each method is the SQL and the reading of its `AppDatabase` twin
/// (`AppDatabase+Queries.swift`, `+Channels.swift`, `+DataState.swift`), with the same order,
/// rounding and NULL handling, so both stores answer alike to the byte. Dates are the same text
/// on both, so comparing them as text gives the same answers (their fixed shape orders alike in
/// any collation); other text is ordered `COLLATE "C"`, as SQLite's binary collation orders it.
/// Reads of several statements run in one snapshot (`snapshot`), as one SQLite read does.
/// `counts()` is the `CrawlStorage` one (`PostgresStore+CrawlStorage.swift`).
extension PostgresStore: ReportStore {
    public func observedPosts(_ query: PostQuery) async throws -> StoredPosts {
        try await snapshot { conn in
            var registered: [String: (unitID: String, platform: Platform)] = [:]
            try await conn.forEachRow("SELECT id, unitID, platform FROM source WHERE inRegistry") { row in
                let (id, unit, platform) = try row.decode((String, String, String).self)
                registered[id] = (unit, Platform(rawValue: platform) ?? .other)
            }
            var latest: [Int64: StoredCounts] = [:]
            try await conn.forEachRow("SELECT postID, views, likes, comments, shares FROM engagement ORDER BY postID, at") { row in
                let (id, v, l, c, s) = try row.decode((Int64, Int64?, Int64?, Int64?, Int64?).self)
                latest[id] = StoredCounts(views: v, likes: l, comments: c, shares: s)
            }
            let matches = try await Self.allMatches(conn, evidence: query.evidence)
            var imported: [Int64: String] = [:]
            try await conn.forEachRow("SELECT postID, file, line FROM postImport") { row in
                let (id, file, line) = try row.decode((Int64, String, Int).self)
                imported[id] = "\(file):\(line)"
            }
            var out: [ObservedPost] = []
            var warnings: [String] = []
            try await conn.forEachRow("""
                SELECT id, sourceID, stableID, url, title, published, firstSeen, lastSeen, textSHA256 FROM post ORDER BY id
                """) { row in
                let r = row.makeRandomAccess()
                let sourceID: String = try r.get(1)
                guard let source = registered[sourceID] else { return }
                let firstSeen = try r.storedDate(6) ?? Date(timeIntervalSince1970: 0)
                let published = try r.storedDate(5)
                let time = published ?? firstSeen
                if let from = query.from, time < from { return }
                if let to = query.to, time >= to { return }
                let id: Int64 = try r.get(0)
                let detail = query.detailFrom.map { time >= $0 } ?? true
                let counts = latest[id]
                if let counts, !counts.rejected.isEmpty {
                    let name = try r.get(3, String?.self) ?? r.get(2, String.self)
                    warnings.append("post \(id) of source \(sourceID) (\(name)): stored "
                        + counts.rejected.joined(separator: ", ") + " out of range (0 to 10^15), treated as unknown")
                }
                var post = ObservedPost(
                    id: id, sourceID: sourceID, unitID: source.unitID, platform: source.platform,
                    stableID: detail ? try r.get(2) : "", url: detail ? try r.get(3) : nil, title: detail ? try r.get(4) : nil,
                    published: published, firstSeen: firstSeen, lastSeen: try r.storedDate(7) ?? firstSeen,
                    engagement: counts?.engagement ?? Engagement(), matches: matches[id] ?? [],
                    textSHA256: detail ? try r.get(8) : "")
                post.importedFrom = imported[id]
                out.append(post)
            }
            out.sort { $0.time != $1.time ? $0.time < $1.time : $0.id < $1.id }
            return StoredPosts(posts: out, warnings: warnings)
        }
    }

    /// Every match by post, each post's in `InnovationMatch.storedOrder`; evidence words only when asked.
    static func allMatches(_ conn: PostgresConnection, evidence: Bool) async throws -> [Int64: [InnovationMatch]] {
        var matches: [Int64: [InnovationMatch]] = [:]
        let decoder = JSONDecoder()
        let words = evidence ? "evidence" : "''"
        try await conn.forEachRow("SELECT postID, innovationID, score, \(unescaped: words) FROM match") { row in
            let (postID, innovationID, score, text) = try row.decode((Int64, String, Double, String).self)
            let ev = evidence ? ((try? decoder.decode([String].self, from: Data(text.utf8))) ?? []) : []
            matches[postID, default: []].append(InnovationMatch(innovationID: innovationID, score: score, evidence: ev))
        }
        for (id, list) in matches where list.count > 1 { matches[id] = list.sorted(by: InnovationMatch.storedOrder) }
        return matches
    }

    public func health() async throws -> [SourceHealth] {
        try await snapshot { conn in
            // Read as `parseQuarantines()` on SQLite reads them (through GRDB).
            var quarantined: [String: Date] = [:]
            for row in try await conn.rows("SELECT sourceID, quarantinedAt FROM parseWatch WHERE quarantinedAt IS NOT NULL") {
                let r = row.makeRandomAccess()
                quarantined[try r.get(0)] = try r.grdbDate(1)
            }
            var channels: [String: PostgresRandomAccessRow] = [:]
            for row in try await conn.rows("SELECT sourceID, state, since, hint, followers FROM channelState") {
                let r = row.makeRandomAccess()
                channels[try r.get(0)] = r
            }
            return try await conn.rows("""
                SELECT id, lastSuccess, lastAttempt, lastError, consecutiveFailures, nextDue, gone FROM source
                WHERE inRegistry ORDER BY id COLLATE "C"
                """).map { row in
                let r = row.makeRandomAccess()
                let id: String = try r.get(0)
                let c = channels[id]
                return SourceHealth(
                    sourceID: id, lastSuccess: try r.grdbDate(1), lastAttempt: try r.grdbDate(2), lastError: try r.get(3),
                    consecutiveFailures: try r.get(4), nextDue: try r.grdbDate(5), gone: try r.get(6),
                    quarantinedSince: quarantined[id], apiState: try c.flatMap { try $0.get(1, String?.self) }.flatMap(ChannelState.init(rawValue:)),
                    apiStateSince: try c.flatMap { try $0.get(2, String?.self) }.flatMap(StorageDate.parse),
                    apiHint: try c.flatMap { try $0.get(3, String?.self) }, followers: try c.flatMap { try $0.get(4, Int?.self) })
            }
        }
    }

    public func engagementGains(from: Date, to: Date) async throws -> [Int64: Engagement] {
        let start = PostgresDate.text(from), end = PostgresDate.text(to)
        return try await snapshot { conn in
            var base: [Int64: Engagement] = [:], last: [Int64: Engagement] = [:]
            try await conn.forEachRow("""
                SELECT postID, at, views, likes, comments, shares FROM engagement WHERE at < \(end) ORDER BY postID, at
                """) { row in
                let (id, at, v, l, c, s) = try row.decode((Int64, String, Int?, Int?, Int?, Int?).self)
                let e = Engagement(views: v, likes: l, comments: c, shares: s)
                if at < start { base[id] = e }
                last[id] = e
            }
            guard !last.isEmpty else { return [:] }
            var newInPeriod = Set<Int64>()
            try await conn.forEachRow("SELECT id FROM post WHERE COALESCE(published, firstSeen) >= \(start)") { row in
                newInPeriod.insert(try row.decode(Int64.self))
            }
            var out: [Int64: Engagement] = [:]
            for (id, e) in last {
                if let b = base[id] { out[id] = e.gain(since: b) } else if newInPeriod.contains(id) { out[id] = e.gain(since: nil) }
            }
            return out
        }
    }

    public func postTimes(of sourceIDs: Set<String>) async throws -> [String: [Date]] {
        guard !sourceIDs.isEmpty else { return [:] }
        let ids = Array(sourceIDs)
        return try await snapshot { conn in
            var out: [String: [Date]] = [:]
            try await conn.forEachRow("""
                SELECT sourceID, COALESCE(published, firstSeen) FROM post WHERE sourceID = ANY(\(ids)) ORDER BY id
                """) { row in
                let (id, text) = try row.decode((String, String?).self)
                guard let text, let d = StorageDate.parse(text) else { return }
                out[id, default: []].append(d)
            }
            return out
        }
    }

    public func dataState() async throws -> DataState {
        try await snapshot { conn in
            let row = try await conn.rows("""
                SELECT EXISTS (SELECT 1 FROM source WHERE lastSuccess IS NOT NULL) OR EXISTS (SELECT 1 FROM post),
                       (SELECT COUNT(*) FROM run), (SELECT COUNT(*) FROM run WHERE command = 'demo'),
                       (SELECT MAX(published) FROM post), (SELECT MAX(firstSeen) FROM post)
                """)[0].makeRandomAccess()
            let total: Int = try row.get(1), demo: Int = try row.get(2)
            return DataState(hasData: try row.get(0), onlyDemoRuns: total > 0 && total == demo,
                             newestPost: try row.grdbDate(3) ?? row.grdbDate(4))
        }
    }
}
