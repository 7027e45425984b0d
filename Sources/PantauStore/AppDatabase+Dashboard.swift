import Foundation
import GRDB
import PantauModel

extension AppDatabase: DashboardStorage {
    public func dataStamp() throws -> String {
        try writer.read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT MAX(id) FROM run), (SELECT MAX(id) FROM fetch), (SELECT MAX(id) FROM post),
                       (SELECT MAX(rowid) FROM match), (SELECT MAX(rowid) FROM engagement), (SELECT MAX(id) FROM alertEvent),
                       (SELECT COUNT(*) FROM source WHERE inRegistry = 1)
                """)
            return (0..<7).map { i in (row?[i] as Int64?).map(String.init) ?? "-" }.joined(separator: ".")
        }
    }

    public func posts(_ query: DashboardPostQuery) throws -> [DashboardPost] {
        var clauses: [String] = ["s.inRegistry = 1"]
        var args: [any DatabaseValueConvertible] = []
        if let ids = query.sourceIDs {
            if ids.isEmpty { return [] }
            clauses.append("p.sourceID IN (" + ids.map { _ in "?" }.joined(separator: ",") + ")")
            args += ids
        }
        if let i = query.innovationID {
            clauses.append("p.id IN (SELECT postID FROM match WHERE innovationID = ?)")
            args.append(i)
        }
        if let p = query.platform { clauses.append("s.platform = ?"); args.append(p.rawValue) }
        if let f = query.from { clauses.append("COALESCE(p.published, p.firstSeen) >= ?"); args.append(StorageDate.text(f)) }
        if let t = query.to { clauses.append("COALESCE(p.published, p.firstSeen) < ?"); args.append(StorageDate.text(t)) }
        if let b = query.before { clauses.append("p.id < ?"); args.append(b) }
        args.append(max(0, min(query.limit, 1_000)))
        let sql = """
            SELECT p.id, p.sourceID, s.unitID, s.platform, p.url, p.title, p.published, p.firstSeen FROM post p
            JOIN source s ON s.id = p.sourceID WHERE \(clauses.joined(separator: " AND ")) ORDER BY p.id DESC LIMIT ?
            """
        return try writer.read { db in
            // Cached: the text varies only with the filters used and the number of sources.
            let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(args))
            let ids = rows.map { $0[0] as Int64 }
            let (latest, matches) = try Self.countsAndMatches(db, postIDs: ids)
            return rows.map { r in
                let id: Int64 = r[0]
                return DashboardPost(id: id, sourceID: r[1], unitID: r[2], platform: Platform(rawValue: r[3]) ?? .other,
                                     url: r[4], title: r[5], published: Self.date(r, 6), firstSeen: Self.date(r, 7) ?? Date(timeIntervalSince1970: 0),
                                     engagement: latest[id] ?? Engagement(), matches: matches[id] ?? [])
            }
        }
    }

    /// Latest counters and matches (with evidence) of a page of posts.
    static func countsAndMatches(_ db: Database, postIDs: [Int64]) throws -> ([Int64: Engagement], [Int64: [InnovationMatch]]) {
        guard !postIDs.isEmpty else { return ([:], [:]) }
        let list = postIDs.map(String.init).joined(separator: ",")
        var latest: [Int64: Engagement] = [:]
        for e in try Row.fetchAll(db, sql: "SELECT postID, views, likes, comments, shares FROM engagement WHERE postID IN (\(list)) ORDER BY postID, at") {
            latest[e[0]] = StoredCounts(row: e).engagement
        }
        var matches: [Int64: [InnovationMatch]] = [:]
        let decoder = JSONDecoder()
        for m in try Row.fetchAll(db, sql: "SELECT postID, innovationID, score, evidence FROM match WHERE postID IN (\(list)) ORDER BY innovationID") {
            let words = (try? decoder.decode([String].self, from: Data((m[3] as String).utf8))) ?? []
            matches[m[0], default: []].append(InnovationMatch(innovationID: m[1], score: m[2], evidence: words))
        }
        return (latest, matches)
    }

    static func date(_ row: Row, _ i: Int) -> Date? {
        guard let text: String = row[i] else { return nil }
        return StorageDate.parse(text) ?? (row[i] as Date?)
    }

    public func engagementHistory(innovationID: String, zone: TimeZone) throws -> [EngagementPoint] {
        try writer.read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT e.postID, e.views, e.likes, e.comments, e.shares, e.at FROM engagement e
                WHERE e.postID IN (SELECT postID FROM match WHERE innovationID = ?) ORDER BY e.at
                """, arguments: [innovationID])
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var latest: [Int64: Engagement] = [:]
            var points: [EngagementPoint] = []
            var currentDay: Date?
            while let r = try rows.next() {
                guard let at = Self.date(r, 5) else { continue }
                let day = calendar.startOfDay(for: at)
                if let d = currentDay, d != day { points.append(EngagementPoint(day: d, engagement: Self.sum(latest.values))) }
                currentDay = day
                latest[r[0]] = StoredCounts(row: r).engagement
            }
            if let d = currentDay { points.append(EngagementPoint(day: d, engagement: Self.sum(latest.values))) }
            return points
        }
    }

    static func sum(_ values: some Sequence<Engagement>) -> Engagement {
        var total = Engagement()
        func add(_ a: Int?, _ b: Int?) -> Int? { b.map { Count.add(a ?? 0, $0) } ?? a }
        for v in values {
            total.views = add(total.views, v.views)
            total.likes = add(total.likes, v.likes)
            total.comments = add(total.comments, v.comments)
            total.shares = add(total.shares, v.shares)
        }
        return total
    }

    public func observedPosts(sourceIDs: [String]) throws -> [ObservedPost] {
        guard !sourceIDs.isEmpty else { return [] }
        var out: [ObservedPost] = []
        var before: Int64?
        while true {
            let page = try posts(DashboardPostQuery(sourceIDs: sourceIDs, before: before, limit: 1_000))
            out += page.map {
                ObservedPost(id: $0.id, sourceID: $0.sourceID, unitID: $0.unitID, platform: $0.platform, stableID: "\($0.id)",
                             url: $0.url, title: $0.title, published: $0.published, firstSeen: $0.firstSeen, lastSeen: $0.firstSeen,
                             engagement: $0.engagement, matches: $0.matches, textSHA256: "")
            }
            guard page.count == 1_000, let last = page.last else { break }
            before = last.id
        }
        return out.sorted { $0.time != $1.time ? $0.time < $1.time : $0.id < $1.id }
    }

    public func alertHistory(unitIDs: Set<String>?, limit: Int) throws -> [AlertEvent] {
        guard let unitIDs else { return try alertHistory(limit: limit) }
        return try alertHistory(limit: 100_000).lazy.filter { unitIDs.contains($0.unitID) }.prefix(limit).map { $0 }
    }

    public func markDue(sourceID: String, at: Date) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: "UPDATE source SET nextDue = ? WHERE id = ? AND inRegistry = 1", arguments: [at, sourceID])
            return db.changesCount > 0
        }
    }
}
