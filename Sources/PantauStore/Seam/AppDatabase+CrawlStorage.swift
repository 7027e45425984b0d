import Foundation
import GRDB
import PantauModel

/// The crawl's storage on SQLite. SQLite has one writer at a time, so a write transaction is the
/// lock that makes a claim atomic (PostgreSQL uses `FOR UPDATE SKIP LOCKED` for the same).
/// `startRun`, `finishRun`, `parseQuarantines`, `noteChannelWaiting`, `earliestDue` and `counts`
/// are the methods of the same names in the other `AppDatabase` files.
extension AppDatabase: CrawlStorage {
    public func recoverAbandonedClaims(parseDeaths: [ParseMark], isAlive: @Sendable (String) -> Bool, at: Date) throws
        -> [String] {
        try writer.write { db in
            var quarantined = try Self.collectParseDeaths(db, isAlive: isAlive, at: at)
            let death = try db.makeStatement(sql: """
                INSERT INTO parseWatch (sourceID, deaths, quarantinedAt, quarantineHash) VALUES (:id, 1, NULL, NULL)
                ON CONFLICT(sourceID) DO UPDATE SET deaths = deaths + 1,
                    quarantinedAt = CASE WHEN deaths + 1 >= 2 THEN :at ELSE quarantinedAt END,
                    quarantineHash = CASE WHEN deaths + 1 >= 2 THEN :hash ELSE quarantineHash END
                RETURNING deaths
                """)
            for m in parseDeaths {
                death.setUncheckedArguments(["id": m.sourceID, "at": at, "hash": m.contentHash])
                if let n = try Int.fetchOne(death), n >= 2, !quarantined.contains(m.sourceID) { quarantined.append(m.sourceID) }
            }
            let owners = try String.fetchAll(db, sql: "SELECT DISTINCT leaseOwner FROM source WHERE leaseOwner IS NOT NULL")
            for owner in owners where !isAlive(owner) {
                try db.execute(sql: "UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE leaseOwner = ?",
                               arguments: [owner])
            }
            return quarantined
        }
    }

    public func claimSources(_ sourceIDs: [String], owner: String, at: Date, until: Date) throws -> [ClaimedSource] {
        try writer.write { db in try CrawlClaim(db).claim(sourceIDs, owner: owner, at: at, until: until) }
    }

    public func dueSourceIDs(at: Date) throws -> Set<String> {
        try writer.read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT id FROM source WHERE inRegistry = 1 AND (nextDue IS NULL OR nextDue <= ?)
                """, arguments: [at]))
        }
    }

    public func releaseClaims(_ sourceIDs: [String], owner: String) throws {
        try releaseLeases(sourceIDs: sourceIDs, owner: owner)
    }

    public func markParsesUnderWay(_ marks: [ParseMark], owner: String, at: Date) throws {
        guard !marks.isEmpty else { return }
        try writer.write { db in
            let mark = try db.makeStatement(sql: """
                INSERT INTO parseWatch (sourceID, parsingOwner, parsingSince, parsingHash) VALUES (?, ?, ?, ?)
                ON CONFLICT(sourceID) DO UPDATE SET parsingOwner = excluded.parsingOwner,
                    parsingSince = excluded.parsingSince, parsingHash = excluded.parsingHash
                """)
            for m in marks { try mark.execute(arguments: [m.sourceID, owner, at, m.contentHash]) }
        }
    }

    public func parsesEnded(_ sourceIDs: [String]) throws {
        guard !sourceIDs.isEmpty else { return }
        try writer.write { db in
            let end = try db.makeStatement(sql: "DELETE FROM parseWatch WHERE sourceID = ?")
            for id in sourceIDs { try end.execute(arguments: [id]) }
        }
    }

    public func saveCrawled(_ outcomes: [CrawlOutcome], owner: String) throws -> [Result<Int, StoreError>] {
        try save(outcomes, releasingLeasesOf: owner)
    }
}

/// Claims sources inside a write transaction and reads, in the same transaction, what their crawl
/// needs: the state (returned by the claiming statement itself), the quarantine, the known post ids.
struct CrawlClaim {
    let db: Database
    let claim: Statement
    let known: Statement

    init(_ db: Database) throws {
        self.db = db
        claim = try db.makeStatement(sql: """
            UPDATE source SET leaseOwner = ?, leaseUntil = ?
            WHERE id = ? AND (leaseOwner IS NULL OR leaseUntil IS NULL OR leaseUntil < ? OR leaseOwner = ?)
            RETURNING etag, lastModified, nextDue, lastAttempt, lastSuccess, consecutiveFailures, gone, movedTo
            """)
        known = try db.makeStatement(sql: "SELECT stableID FROM post WHERE sourceID = ?")
    }

    /// The sources of `ids` claimed for `owner`, in order; the others are left out.
    func claim(_ ids: [String], owner: String, at: Date, until: Date) throws -> [ClaimedSource] {
        guard !ids.isEmpty else { return [] }
        var quarantines: [String: ParseQuarantine] = [:]
        for r in try Row.fetchAll(db, sql: """
            SELECT sourceID, quarantinedAt, quarantineHash FROM parseWatch WHERE quarantinedAt IS NOT NULL
            """) {
            quarantines[r[0]] = ParseQuarantine(sourceID: r[0], since: r[1], contentHash: r[2] ?? "")
        }
        var out: [ClaimedSource] = []
        out.reserveCapacity(ids.count)
        for id in ids {
            claim.setUncheckedArguments([owner, until, id, at, owner])
            guard let row = try Row.fetchOne(claim) else { continue }
            let state = SourceState(etag: row[0], lastModified: row[1], nextDue: row[2], lastAttempt: row[3],
                                    lastSuccess: row[4], consecutiveFailures: row[5], gone: row[6], movedTo: row[7])
            known.setUncheckedArguments([id])
            out.append(ClaimedSource(sourceID: id, state: state, knownIDs: Set(try String.fetchAll(known)),
                                     quarantine: quarantines[id]))
        }
        return out
    }
}
