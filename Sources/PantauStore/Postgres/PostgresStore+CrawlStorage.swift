import Foundation
import PantauModel
import PostgresNIO

/// The crawl's storage on PostgreSQL, for several workers on one database. A claim is one
/// transaction: `SELECT … FOR UPDATE SKIP LOCKED` picks the asked sources no other live owner holds
/// (no lease, an expired lease, or one of `owner`'s own) and that no other transaction is claiming
/// at that moment, and the same statement writes `owner`'s lease with its expiry. A row another
/// worker has just claimed is re-checked on its new version, so two workers never both get a source.
///
/// Dead owners: a worker killed with kill -9 cannot give its claims back. `recoverAbandonedClaims`
/// frees at once the claims of owners `isAlive` says are dead (`LeaseOwner.isAlive` can only tell
/// for processes on this host); the claims of a worker on another host are taken over by whoever
/// asks for the source after the lease expired (`leaseUntil < at`), `CrawlRun.leaseSeconds` later.
extension PostgresStore: CrawlStorage {
    public func recoverAbandonedClaims(parseDeaths: [ParseMark], isAlive: @Sendable (String) -> Bool, at: Date) async throws
        -> [String] {
        let when = StorageDate.text(at)
        return try await withTransaction { conn in
            var quarantined = try await Self.collectParseDeaths(conn, isAlive: isAlive, at: when)
            for m in parseDeaths {
                let rows = try await conn.rows("""
                    INSERT INTO parseWatch (sourceID, deaths, quarantinedAt, quarantineHash) VALUES (\(m.sourceID), 1, NULL, NULL)
                    ON CONFLICT (sourceID) DO UPDATE SET deaths = parseWatch.deaths + 1,
                        quarantinedAt = CASE WHEN parseWatch.deaths + 1 >= 2 THEN \(when) ELSE parseWatch.quarantinedAt END,
                        quarantineHash = CASE WHEN parseWatch.deaths + 1 >= 2 THEN \(m.contentHash)
                                              ELSE parseWatch.quarantineHash END
                    RETURNING deaths
                    """)
                if let n = try rows.first?.value(0, as: Int.self), n >= 2, !quarantined.contains(m.sourceID) {
                    quarantined.append(m.sourceID)
                }
            }
            let owners = try await conn.rows("SELECT DISTINCT leaseOwner FROM source WHERE leaseOwner IS NOT NULL")
            for owner in try owners.map({ try $0.value(0, as: String.self) }) where !isAlive(owner) {
                try await conn.run("UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE leaseOwner = \(owner)")
            }
            return quarantined
        }
    }

    /// Counts a death for every parse marked under way whose owner is dead; a second death in a row
    /// quarantines the source from `at`. Returns the sources quarantined now.
    static func collectParseDeaths(_ conn: PostgresConnection, isAlive: (String) -> Bool, at: String) async throws -> [String] {
        let rows = try await conn.rows("""
            SELECT sourceID, parsingOwner, deaths FROM parseWatch WHERE parsingOwner IS NOT NULL FOR UPDATE
            """)
        var quarantined: [String] = []
        for r in rows where !isAlive(try r.value(1, as: String.self)) {
            let id = try r.value(0, as: String.self)
            let deaths = Count.add(try r.value(2, as: Int.self), 1)
            try await conn.run("""
                UPDATE parseWatch SET parsingOwner = NULL, parsingSince = NULL, deaths = \(deaths),
                    quarantinedAt = CASE WHEN \(deaths) >= 2 THEN \(at) ELSE quarantinedAt END,
                    quarantineHash = CASE WHEN \(deaths) >= 2 THEN parsingHash ELSE quarantineHash END,
                    parsingHash = NULL
                WHERE sourceID = \(id)
                """)
            if deaths >= 2 { quarantined.append(id) }
        }
        return quarantined
    }

    public func startRun(command: String, at: Date) async throws -> Int64 {
        let rows = try await query("""
            INSERT INTO run (command, startedAt, sources, newPosts, errors) VALUES (\(command), \(StorageDate.text(at)), 0, 0, 0)
            RETURNING id
            """)
        do {
            guard let id = try rows.first?.value(0, as: Int64.self) else { throw wrap(StoreError.query("no run id")) }
            return id
        } catch { throw wrap(error) }
    }

    public func finishRun(_ id: Int64, at: Date, sources: Int, newPosts: Int, errors: Int) async throws {
        try await execute("""
            UPDATE run SET finishedAt = \(StorageDate.text(at)), sources = \(sources), newPosts = \(newPosts), errors = \(errors)
            WHERE id = \(id)
            """)
    }

    public func claimSources(_ sourceIDs: [String], owner: String, at: Date, until: Date) async throws -> [ClaimedSource] {
        guard !sourceIDs.isEmpty else { return [] }
        let now = StorageDate.text(at), end = StorageDate.text(until)
        return try await withTransaction { conn in
            let claimed = try await conn.rows("""
                WITH free AS (
                    SELECT id FROM source
                    WHERE id = ANY(\(sourceIDs))
                      AND (leaseOwner IS NULL OR leaseUntil IS NULL OR leaseUntil < \(now) OR leaseOwner = \(owner))
                    ORDER BY id
                    FOR UPDATE SKIP LOCKED)
                UPDATE source SET leaseOwner = \(owner), leaseUntil = \(end) FROM free WHERE source.id = free.id
                RETURNING source.id, etag, lastModified, nextDue, lastAttempt, lastSuccess, consecutiveFailures, gone, movedTo
                """)
            var states: [String: SourceState] = [:]
            for r in claimed {
                states[try r.value(0, as: String.self)] = SourceState(
                    etag: try r.value(1), lastModified: try r.value(2), nextDue: try r.date(3), lastAttempt: try r.date(4),
                    lastSuccess: try r.date(5), consecutiveFailures: try r.value(6), gone: try r.value(7), movedTo: try r.value(8))
            }
            guard !states.isEmpty else { return [] }
            let ids = Array(states.keys)
            var known: [String: Set<String>] = [:]
            for r in try await conn.rows("SELECT sourceID, stableID FROM post WHERE sourceID = ANY(\(ids))") {
                known[try r.value(0, as: String.self), default: []].insert(try r.value(1, as: String.self))
            }
            var quarantines: [String: ParseQuarantine] = [:]
            for r in try await conn.rows("""
                SELECT sourceID, quarantinedAt, quarantineHash FROM parseWatch
                WHERE quarantinedAt IS NOT NULL AND sourceID = ANY(\(ids))
                """) {
                let id = try r.value(0, as: String.self)
                guard let since = try r.date(1) else { continue }
                quarantines[id] = ParseQuarantine(sourceID: id, since: since, contentHash: try r.value(2, as: String?.self) ?? "")
            }
            return sourceIDs.compactMap { id in
                states[id].map { ClaimedSource(sourceID: id, state: $0, knownIDs: known[id] ?? [], quarantine: quarantines[id]) }
            }
        }
    }

    public func dueSourceIDs(at: Date) async throws -> Set<String> {
        let rows = try await query("""
            SELECT id FROM source WHERE inRegistry AND (nextDue IS NULL OR nextDue <= \(StorageDate.text(at)))
            """)
        do { return Set(try rows.map { try $0.value(0, as: String.self) }) } catch { throw wrap(error) }
    }

    public func releaseClaims(_ sourceIDs: [String], owner: String) async throws {
        guard !sourceIDs.isEmpty else { return }
        try await execute("""
            UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE id = ANY(\(sourceIDs)) AND leaseOwner = \(owner)
            """)
    }
}
