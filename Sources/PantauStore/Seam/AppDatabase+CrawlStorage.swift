import Foundation
import GRDB
import PantauModel

/// The crawl's storage on SQLite. SQLite has one writer at a time, so a write transaction is the
/// lock that makes a claim atomic (PostgreSQL uses `FOR UPDATE SKIP LOCKED` for the same).
/// `startRun`, `finishRun`, `parseQuarantines`, `noteChannelWaiting`, `earliestDue` and `counts`
/// are the methods of the same names in the other `AppDatabase` files.
extension AppDatabase: CrawlStorage {
    public func recoverAbandonedClaims(isAlive: @Sendable (String) -> Bool, at: Date) throws -> [String] {
        try writer.write { db in
            let quarantined = try Self.collectParseDeaths(db, isAlive: isAlive, at: at)
            let held = try Row.fetchAll(db, sql: "SELECT id, leaseOwner, leaseUntil FROM source WHERE leaseOwner IS NOT NULL")
            let suspect = try db.makeStatement(sql: """
                INSERT INTO parseWatch (sourceID, deaths) VALUES (?, 1)
                ON CONFLICT(sourceID) DO UPDATE SET deaths = MAX(deaths, 1)
                """)
            let free = try db.makeStatement(sql: "UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE id = ?")
            for r in held {
                let id: String = r[0], owner: String = r[1], until: Date? = r[2]
                guard !isAlive(owner) || until.map({ $0 < at }) ?? true else { continue }
                try suspect.execute(arguments: [id])
                try free.execute(arguments: [id])
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
/// needs: the state (returned by the claiming statement itself), the parse watch, the known post ids.
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
        var watch: [String: (deaths: Int, quarantine: ParseQuarantine?)] = [:]
        for r in try Row.fetchAll(db, sql: "SELECT sourceID, deaths, quarantinedAt, quarantineHash FROM parseWatch") {
            let id: String = r[0]
            let since: Date? = r[2]
            watch[id] = (r[1], since.map { ParseQuarantine(sourceID: id, since: $0, contentHash: r[3] ?? "") })
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
                                     deaths: watch[id]?.deaths ?? 0, quarantine: watch[id]?.quarantine))
        }
        return out
    }
}
