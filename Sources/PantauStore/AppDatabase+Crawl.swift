import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Makes the `source` table mirror the registry: new sources added, changed ones updated (a new
    /// URL forgets the old ETag), removed ones kept but marked out of the registry. Crawl state stays.
    /// Rows that already match the registry are left untouched.
    public func syncSources(_ sources: [Source]) throws {
        try writer.write { db in
            // Only the compared columns are read, by position, and new sources are inserted with one
            // prepared statement: decoding and encoding whole `SourceRecord`s through Codable made this
            // the longest step before a crawl of many sources could start. Changed sources (rare) still
            // go through the record.
            struct Stored { var unitID: String; var platform: String; var kind: String; var url: String; var inRegistry: Bool }
            var stored: [String: Stored] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, unitID, platform, kind, url, inRegistry FROM source")
            while let row = try rows.next() {
                stored[row[0]] = Stored(unitID: row[1], platform: row[2], kind: row[3], url: row[4], inRegistry: row[5])
            }
            // Every other column of a new source takes the schema's default (no failures, not gone, in
            // the registry, nothing fetched yet).
            let insert = try db.makeStatement(sql: "INSERT INTO source (id, unitID, platform, kind, url) VALUES (?, ?, ?, ?, ?)")
            var wanted = Set<String>()
            for s in sources {
                wanted.insert(s.id)
                if let r = stored[s.id] {
                    let same = r.url == s.url && r.unitID == s.unitID && r.platform == s.platform.rawValue &&
                        r.kind == s.kind.rawValue && r.inRegistry
                    if same { continue }
                    guard var r = try SourceRecord.fetchOne(db, key: s.id) else { continue }
                    if r.url != s.url { r.etag = nil; r.lastModified = nil; r.gone = false; r.movedTo = nil }
                    r.unitID = s.unitID
                    r.platform = s.platform.rawValue
                    r.kind = s.kind.rawValue
                    r.url = s.url
                    r.inRegistry = true
                    try r.update(db)
                } else {
                    insert.setUncheckedArguments([s.id, s.unitID, s.platform.rawValue, s.kind.rawValue, s.url])
                    try insert.execute()
                }
            }
            let leaving = try db.cachedStatement(sql: "UPDATE source SET inRegistry = 0 WHERE id = ?")
            for (id, r) in stored where r.inRegistry && !wanted.contains(id) {
                try leaving.execute(arguments: [id])
            }
        }
    }

    /// The crawl state of every source, by id.
    ///
    /// Reads only the columns a `SourceState` holds, by position (decoding whole `SourceRecord`s
    /// through `Codable` took longer than anything else before a big crawl starts).
    public func sourceStates() throws -> [String: SourceState] {
        try writer.read { db in
            var out: [String: SourceState] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, etag, lastModified, nextDue, lastAttempt, lastSuccess, consecutiveFailures, gone, movedTo
                FROM source
                """)
            while let row = try rows.next() {
                out[row[0]] = SourceState(etag: row[1], lastModified: row[2], nextDue: row[3], lastAttempt: row[4],
                                          lastSuccess: row[5], consecutiveFailures: row[6], gone: row[7], movedTo: row[8])
            }
            return out
        }
    }

    /// Starts a run and returns its id.
    public func startRun(command: String, at: Date) throws -> Int64 {
        try writer.write { db in
            var r = RunRecord(command: command, startedAt: at, sources: 0, newPosts: 0, errors: 0)
            try r.insert(db)
            return r.id!
        }
    }

    public func finishRun(_ id: Int64, at: Date, sources: Int, newPosts: Int, errors: Int) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE run SET finishedAt = ?, sources = ?, newPosts = ?, errors = ? WHERE id = ?",
                           arguments: [at, sources, newPosts, errors, id])
        }
    }

    /// Saves one source's crawl in one transaction: the attempt, the source's new state, new posts
    /// (a post already stored is only marked as still seen), changed counters, and matches of new posts.
    /// Returns how many posts were new.
    @discardableResult
    public func save(_ o: CrawlOutcome) throws -> Int {
        try writer.write { db in try CrawlWriter(db).save(o, releasingLeaseOf: nil) }
    }

    /// Saves many sources' crawls in one transaction (one fsync instead of one per source). An
    /// outcome that cannot be saved is rolled back alone and its error returned in its slot, the
    /// others are kept. With `owner`, each saved source's lease held by `owner` is released in the
    /// same statement that records its new state.
    /// Returns, in order, the number of new posts per outcome or why it could not be saved.
    ///
    /// Saving almost never fails, so the batch is first written without savepoints (a savepoint per
    /// source makes SQLite copy every page it touches into a sub-journal first: that copying was
    /// a third of the store's cost). If any outcome fails, that whole transaction is rolled back and
    /// the batch is written again with one savepoint per source, so only the failing ones are left out.
    public func save(_ outcomes: [CrawlOutcome], releasingLeasesOf owner: String?) throws -> [Result<Int, StoreError>] {
        do {
            return try writer.write { db in
                let w = try CrawlWriter(db)
                return try outcomes.map { o in .success(try w.save(o, releasingLeaseOf: owner)) }
            }
        } catch {
            return try saveIsolated(outcomes, releasingLeasesOf: owner)
        }
    }

    /// `save(_:releasingLeasesOf:)` with one savepoint per outcome.
    func saveIsolated(_ outcomes: [CrawlOutcome], releasingLeasesOf owner: String?) throws -> [Result<Int, StoreError>] {
        try writer.write { db in
            var w = try CrawlWriter(db)
            var results: [Result<Int, StoreError>] = []
            results.reserveCapacity(outcomes.count)
            for o in outcomes {
                var saved = 0
                do {
                    try db.inSavepoint {
                        saved = try w.save(o, releasingLeaseOf: owner)
                        return .commit
                    }
                    results.append(.success(saved))
                } catch {
                    results.append(.failure(.query("cannot save source \(o.sourceID): \(error)")))
                    w = try CrawlWriter(db)
                }
            }
            return results
        }
    }
}
