import Foundation
import PantauModel
import PostgresNIO

/// The dashboard's page queries on PostgreSQL: the SQL of `AppDatabase+Dashboard.swift` and
/// `AppDatabase+FetchSummary.swift`, with the same order, paging and reading.
extension PostgresStore: DashboardStorage {
    /// The newest run, fetch, post and alert line, the registered sources, and the data version that
    /// rematches and imports move (`noteDataChanged`): every read is an index lookup, whatever the size
    /// of the tables. (Crawls write their counters and matches with a fetch line, so the newest fetch
    /// covers them; SQLite's stamp reads `MAX(rowid)` of those tables instead.)
    public func dataStamp() async throws -> String {
        let rows = try await query("""
            SELECT (SELECT MAX(id) FROM run), (SELECT MAX(id) FROM "fetch"), (SELECT MAX(id) FROM post),
                   (SELECT MAX(id) FROM alertEvent), (SELECT COUNT(*) FROM source WHERE inRegistry),
                   (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM pantau_data_version)
            """)
        return try decoded {
            let r = rows[0].makeRandomAccess()
            return try (0..<6).map { i in try r.get(i, Int64?.self).map(String.init) ?? "-" }.joined(separator: ".")
        }
    }

    /// Moves the data version, after a write the other parts of the stamp do not show has committed
    /// (moved before the commit, a dashboard could build from the old data under the new stamp). A
    /// failure here only delays the dashboard until the next crawl: it is not an error of the write.
    func noteDataChanged() async {
        _ = try? await query("SELECT nextval('pantau_data_version')")
    }

    public func posts(_ query: DashboardPostQuery) async throws -> [DashboardPost] {
        var clauses: [String] = ["s.inRegistry"]
        var binds = PostgresBindings()
        func bind(_ value: some PostgresNonThrowingEncodable) -> String {
            binds.append(value)
            return "$\(binds.count)"
        }
        if let ids = query.sourceIDs {
            if ids.isEmpty { return [] }
            clauses.append("p.sourceID = ANY(\(bind(ids)))")
        }
        if let i = query.innovationID { clauses.append("p.id IN (SELECT postID FROM match WHERE innovationID = \(bind(i)))") }
        if let p = query.platform { clauses.append("s.platform = \(bind(p.rawValue))") }
        if let f = query.from { clauses.append("COALESCE(p.published, p.firstSeen) >= \(bind(PostgresDate.text(f)))") }
        if let t = query.to { clauses.append("COALESCE(p.published, p.firstSeen) < \(bind(PostgresDate.text(t)))") }
        if let b = query.before { clauses.append("p.id < \(bind(b))") }
        let limit = bind(max(0, min(query.limit, 1_000)))
        let sql = """
            SELECT p.id, p.sourceID, s.unitID, s.platform, p.url, p.title, p.published, p.firstSeen FROM post p
            JOIN source s ON s.id = p.sourceID WHERE \(clauses.joined(separator: " AND ")) ORDER BY p.id DESC LIMIT \(limit)
            """
        return try await snapshot { conn in
            let rows = try await conn.rows(PostgresQuery(unsafeSQL: sql, binds: binds))
            let ids = try rows.map { try $0.value(0, as: Int64.self) }
            let (latest, matches) = try await Self.countsAndMatches(conn, postIDs: ids)
            return try rows.map { row in
                let r = row.makeRandomAccess()
                let id: Int64 = try r.get(0)
                return DashboardPost(id: id, sourceID: try r.get(1), unitID: try r.get(2),
                                     platform: Platform(rawValue: try r.get(3)) ?? .other, url: try r.get(4), title: try r.get(5),
                                     published: try r.storedDate(6), firstSeen: try r.storedDate(7) ?? Date(timeIntervalSince1970: 0),
                                     engagement: latest[id] ?? Engagement(), matches: matches[id] ?? [])
            }
        }
    }

    /// Latest counters and matches (with evidence) of a page of posts.
    static func countsAndMatches(_ conn: PostgresConnection, postIDs: [Int64]) async throws
        -> ([Int64: Engagement], [Int64: [InnovationMatch]]) {
        guard !postIDs.isEmpty else { return ([:], [:]) }
        var latest: [Int64: Engagement] = [:]
        try await conn.forEachRow("""
            SELECT postID, views, likes, comments, shares FROM engagement WHERE postID = ANY(\(postIDs)) ORDER BY postID, at
            """) { row in
            let (id, v, l, c, s) = try row.decode((Int64, Int64?, Int64?, Int64?, Int64?).self)
            latest[id] = StoredCounts(views: v, likes: l, comments: c, shares: s).engagement
        }
        var matches: [Int64: [InnovationMatch]] = [:]
        let decoder = JSONDecoder()
        try await conn.forEachRow("""
            SELECT postID, innovationID, score, evidence FROM match WHERE postID = ANY(\(postIDs)) ORDER BY innovationID COLLATE "C"
            """) { row in
            let (id, innovationID, score, text) = try row.decode((Int64, String, Double, String).self)
            let words = (try? decoder.decode([String].self, from: Data(text.utf8))) ?? []
            matches[id, default: []].append(InnovationMatch(innovationID: innovationID, score: score, evidence: words))
        }
        return (latest, matches)
    }

    public func engagementHistory(innovationID: String, zone: TimeZone) async throws -> [EngagementPoint] {
        try await snapshot { conn in
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var latest: [Int64: Engagement] = [:]
            var points: [EngagementPoint] = []
            var currentDay: Date?
            try await conn.forEachRow("""
                SELECT e.postID, e.views, e.likes, e.comments, e.shares, e.at FROM engagement e
                WHERE e.postID IN (SELECT postID FROM match WHERE innovationID = \(innovationID)) ORDER BY e.at
                """) { row in
                let (id, v, l, c, s, text) = try row.decode((Int64, Int64?, Int64?, Int64?, Int64?, String).self)
                guard let at = PostgresStoredDate.fast(text) else { return }
                let day = calendar.startOfDay(for: at)
                if let d = currentDay, d != day { points.append(EngagementPoint(day: d, engagement: AppDatabase.sum(latest.values))) }
                currentDay = day
                latest[id] = StoredCounts(views: v, likes: l, comments: c, shares: s).engagement
            }
            if let d = currentDay { points.append(EngagementPoint(day: d, engagement: AppDatabase.sum(latest.values))) }
            return points
        }
    }

    public func observedPosts(sourceIDs: [String]) async throws -> [ObservedPost] {
        guard !sourceIDs.isEmpty else { return [] }
        var out: [ObservedPost] = []
        var before: Int64?
        while true {
            let page = try await posts(DashboardPostQuery(sourceIDs: sourceIDs, before: before, limit: 1_000))
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

    public func alertHistory(unitIDs: Set<String>?, limit: Int) async throws -> [AlertEvent] {
        try await alertEvents(unitIDs: unitIDs, limit: limit)
    }

    public func markDue(sourceID: String, at: Date) async throws -> Bool {
        let rows = try await query("""
            UPDATE source SET nextDue = \(PostgresDate.text(at)) WHERE id = \(sourceID) AND inRegistry RETURNING id
            """)
        return !rows.isEmpty
    }

    public func fetchSummary() async throws -> FetchSummary {
        let buckets = fetchLatencyBounds.map { "SUM(CASE WHEN elapsed <= \($0)::DOUBLE PRECISION THEN 1 ELSE 0 END)" }
        let rows = try await query("""
            SELECT SUM(CASE WHEN error IS NULL AND status BETWEEN 200 AND 299 AND NOT notModified THEN 1 ELSE 0 END),
                   SUM(CASE WHEN notModified THEN 1 ELSE 0 END),
                   SUM(CASE WHEN error IS NULL AND status >= 300 AND NOT notModified THEN 1 ELSE 0 END),
                   SUM(CASE WHEN error IS NOT NULL OR status = 0 THEN 1 ELSE 0 END),
                   COUNT(*), COALESCE(SUM(elapsed), 0), \(unescaped: buckets.joined(separator: ", ")) FROM "fetch"
            """)
        return try decoded {
            let r = rows[0].makeRandomAccess()
            func int(_ i: Int) throws -> Int { try r.get(i, Int?.self) ?? 0 }
            return FetchSummary(
                byOutcome: ["ok": try int(0), "not-modified": try int(1), "http-error": try int(2), "network-error": try int(3)],
                latencyBuckets: try fetchLatencyBounds.enumerated().map { ($0.element, try int(6 + $0.offset)) },
                latencyCount: try int(4), latencySum: try r.get(5, Double.self))
        }
    }
}

/// Every method of the seam is here: PostgreSQL is a Workspace's store as SQLite is.
extension PostgresStore: WorkspaceStore {}
