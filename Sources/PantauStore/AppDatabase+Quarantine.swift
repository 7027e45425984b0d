import Foundation
import GRDB
import PantauModel

/// The poison-pill guard's store: per source, a parse under way marked by its owner (when the
/// process keeps no journal of its own), the deaths in a row, and the quarantine that follows the
/// second (see `CrawlStorage`).
extension AppDatabase {
    /// Counts a death for every parse marked under way whose owner is dead; a second death in a row
    /// quarantines the source from `at`. Returns the sources quarantined now.
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
