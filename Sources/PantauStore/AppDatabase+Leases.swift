import Foundation
import GRDB

extension AppDatabase {
    /// Claims a source for `owner` until `until`, unless another live process holds it. A crashed
    /// holder's lease simply expires. Returns true when the claim succeeded.
    public func acquireLease(sourceID: String, owner: String, now: Date, until: Date) throws -> Bool {
        try writer.write { db in
            try db.execute(sql: """
                UPDATE source SET leaseOwner = ?, leaseUntil = ?
                WHERE id = ? AND (leaseOwner IS NULL OR leaseUntil IS NULL OR leaseUntil < ? OR leaseOwner = ?)
                """, arguments: [owner, until, sourceID, now, owner])
            return db.changesCount > 0
        }
    }

    /// Gives a source back.
    public func releaseLease(sourceID: String, owner: String) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE id = ? AND leaseOwner = ?",
                           arguments: [sourceID, owner])
        }
    }

    /// The earliest next-due time among registered sources (nil: some source was never crawled).
    public func earliestDue() throws -> Date? {
        try writer.read { db in
            let neverCrawled = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM source WHERE inRegistry = 1 AND nextDue IS NULL") ?? 0
            if neverCrawled > 0 { return nil }
            return try Date.fetchOne(db, sql: "SELECT MIN(nextDue) FROM source WHERE inRegistry = 1")
        }
    }
}
