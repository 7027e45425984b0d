import Foundation
import GRDB

extension AppDatabase {
    /// Claims a source for `owner` until `until`, unless another live process holds it. A crashed
    /// holder's lease simply expires. Returns true when the claim succeeded.
    public func acquireLease(sourceID: String, owner: String, now: Date, until: Date) throws -> Bool {
        try acquireLeases(sourceIDs: [sourceID], owner: owner, now: now, until: until).contains(sourceID)
    }

    /// Claims many sources at once, in one transaction; returns the ids claimed. A source another
    /// live owner holds is left out; one whose lease expired (a crashed holder) is taken over.
    public func acquireLeases(sourceIDs: [String], owner: String, now: Date, until: Date) throws -> Set<String> {
        try writer.write { db in
            let claim = try db.cachedStatement(sql: """
                UPDATE source SET leaseOwner = ?, leaseUntil = ?
                WHERE id = ? AND (leaseOwner IS NULL OR leaseUntil IS NULL OR leaseUntil < ? OR leaseOwner = ?)
                """)
            var claimed = Set<String>()
            for id in sourceIDs {
                try claim.execute(arguments: [owner, until, id, now, owner])
                if db.changesCount > 0 { claimed.insert(id) }
            }
            return claimed
        }
    }

    /// Gives a source back.
    public func releaseLease(sourceID: String, owner: String) throws {
        try releaseLeases(sourceIDs: [sourceID], owner: owner)
    }

    /// Gives many sources back, in one transaction (only those `owner` still holds).
    public func releaseLeases(sourceIDs: [String], owner: String) throws {
        try writer.write { db in
            let release = try db.cachedStatement(sql: """
                UPDATE source SET leaseOwner = NULL, leaseUntil = NULL WHERE id = ? AND leaseOwner = ?
                """)
            for id in sourceIDs { try release.execute(arguments: [id, owner]) }
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
