import Foundation
import GRDB
import PantauModel

/// The poison-pill guard: a parse under way is written down before it starts and wiped when it
/// ends, so a parse that was under way when its process died is found by the next run.
extension AppDatabase {
    /// Records that `owner` is about to parse `sourceID`'s content (hash `contentHash`).
    public func beginParse(sourceID: String, owner: String, at: Date, contentHash: String) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO parseWatch (sourceID, parsingOwner, parsingSince, parsingHash) VALUES (?, ?, ?, ?)
                ON CONFLICT(sourceID) DO UPDATE SET parsingOwner = excluded.parsingOwner,
                    parsingSince = excluded.parsingSince, parsingHash = excluded.parsingHash
                """, arguments: [sourceID, owner, at, contentHash])
        }
    }

    /// The parse ended (well or with an error, but the process lived): the deaths in a row start
    /// again from 0 and any quarantine is lifted.
    public func endParse(sourceID: String) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM parseWatch WHERE sourceID = ?", arguments: [sourceID])
        }
    }

    /// Counts a death for every parse whose owner is dead; a second death in a row quarantines the
    /// source from `at`. Returns the sources quarantined now.
    @discardableResult
    public func collectParseDeaths(isAlive: (String) -> Bool, at: Date) throws -> [String] {
        try writer.write { db in try Self.collectParseDeaths(db, isAlive: isAlive, at: at) }
    }

    /// `collectParseDeaths(isAlive:at:)` inside a transaction.
    static func collectParseDeaths(_ db: Database, isAlive: (String) -> Bool, at: Date) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT sourceID, parsingOwner, deaths, parsingHash FROM parseWatch WHERE parsingOwner IS NOT NULL
            """)
        var quarantined: [String] = []
        for r in rows where !isAlive(r[1]) {
            let id: String = r[0]
            let deaths = Count.add(r[2] as Int, 1)
            try db.execute(sql: """
                UPDATE parseWatch SET parsingOwner = NULL, parsingSince = NULL, deaths = ?,
                    quarantinedAt = CASE WHEN ? >= 2 THEN ? ELSE quarantinedAt END,
                    quarantineHash = CASE WHEN ? >= 2 THEN parsingHash ELSE quarantineHash END,
                    parsingHash = NULL
                WHERE sourceID = ?
                """, arguments: [deaths, deaths, at, deaths, id])
            if deaths >= 2 { quarantined.append(id) }
        }
        return quarantined
    }

    /// Every quarantined source, by id.
    public func parseQuarantines() throws -> [String: ParseQuarantine] {
        try writer.read { db in
            var out: [String: ParseQuarantine] = [:]
            for r in try Row.fetchAll(db, sql: """
                SELECT sourceID, quarantinedAt, quarantineHash FROM parseWatch WHERE quarantinedAt IS NOT NULL
                """) {
                out[r[0]] = ParseQuarantine(sourceID: r[0], since: r[1], contentHash: r[2] ?? "")
            }
            return out
        }
    }
}
