import Crypto
import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Makes the `source` table mirror the registry: new sources added, changed ones updated (a new
    /// URL forgets the old ETag), removed ones kept but marked out of the registry. Crawl state stays.
    /// Rows that already match the registry are left untouched.
    public func syncSources(_ sources: [Source]) throws {
        try writer.write { db in
            var stored: [String: SourceRecord] = [:]
            for r in try SourceRecord.fetchAll(db) { stored[r.id] = r }
            var wanted = Set<String>()
            for s in sources {
                wanted.insert(s.id)
                if var r = stored[s.id] {
                    let same = r.url == s.url && r.unitID == s.unitID && r.platform == s.platform.rawValue &&
                        r.kind == s.kind.rawValue && r.inRegistry
                    if same { continue }
                    if r.url != s.url { r.etag = nil; r.lastModified = nil; r.gone = false; r.movedTo = nil }
                    r.unitID = s.unitID
                    r.platform = s.platform.rawValue
                    r.kind = s.kind.rawValue
                    r.url = s.url
                    r.inRegistry = true
                    try r.update(db)
                } else {
                    try SourceRecord(id: s.id, unitID: s.unitID, platform: s.platform.rawValue, kind: s.kind.rawValue,
                                     url: s.url, consecutiveFailures: 0, gone: false, inRegistry: true).insert(db)
                }
            }
            let leaving = try db.cachedStatement(sql: "UPDATE source SET inRegistry = 0 WHERE id = ?")
            for (id, r) in stored where r.inRegistry && !wanted.contains(id) {
                try leaving.execute(arguments: [id])
            }
        }
    }

    /// The crawl state of every source, by id.
    public func sourceStates() throws -> [String: SourceState] {
        try writer.read { db in
            var out: [String: SourceState] = [:]
            for r in try SourceRecord.fetchAll(db) {
                out[r.id] = SourceState(etag: r.etag, lastModified: r.lastModified, nextDue: r.nextDue,
                                        lastAttempt: r.lastAttempt, lastSuccess: r.lastSuccess, consecutiveFailures: r.consecutiveFailures,
                                        gone: r.gone, movedTo: r.movedTo)
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
        try writer.write { db in try Self.saveOne(db, o, releasingLeaseOf: nil) }
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
                try outcomes.map { o in .success(try Self.saveOne(db, o, releasingLeaseOf: owner)) }
            }
        } catch {
            return try saveIsolated(outcomes, releasingLeasesOf: owner)
        }
    }

    /// `save(_:releasingLeasesOf:)` with one savepoint per outcome.
    func saveIsolated(_ outcomes: [CrawlOutcome], releasingLeasesOf owner: String?) throws -> [Result<Int, StoreError>] {
        try writer.write { db in
            var results: [Result<Int, StoreError>] = []
            results.reserveCapacity(outcomes.count)
            for o in outcomes {
                var saved = 0
                do {
                    try db.inSavepoint {
                        saved = try Self.saveOne(db, o, releasingLeaseOf: owner)
                        return .commit
                    }
                    results.append(.success(saved))
                } catch {
                    results.append(.failure(.query("cannot save source \(o.sourceID): \(error)")))
                }
            }
            return results
        }
    }

    /// The attempt, the source's state (and lease), and the posts of one outcome, inside the caller's transaction.
    static func saveOne(_ db: Database, _ o: CrawlOutcome, releasingLeaseOf owner: String?) throws -> Int {
        var newPosts = 0
        let at = StorageDate.text(o.at)
        for mp in o.posts {
            if try savePost(db, mp, sourceID: o.sourceID, at: at) { newPosts += 1 }
        }
        try db.cachedStatement(sql: """
            INSERT INTO fetch (runID, sourceID, url, at, status, notModified, bytes, elapsed, error, newPosts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [o.runID, o.sourceID, o.url, at, o.status, o.notModified, o.bytes, o.elapsed,
                                     o.error, newPosts])
        // Every expression sees the row as it was before this UPDATE.
        try db.cachedStatement(sql: """
            UPDATE source SET
              lastAttempt = :at, nextDue = :nextDue, gone = :gone, movedTo = COALESCE(:movedTo, movedTo),
              lastError = :error,
              consecutiveFailures = CASE WHEN :error IS NULL THEN 0 ELSE consecutiveFailures + 1 END,
              lastSuccess = CASE WHEN :error IS NULL THEN :at ELSE lastSuccess END,
              etag = CASE WHEN :error IS NULL THEN COALESCE(:etag, etag) ELSE etag END,
              lastModified = CASE WHEN :error IS NULL THEN COALESCE(:lastModified, lastModified) ELSE lastModified END,
              leaseUntil = CASE WHEN leaseOwner = :owner THEN NULL ELSE leaseUntil END,
              leaseOwner = CASE WHEN leaseOwner = :owner THEN NULL ELSE leaseOwner END
            WHERE id = :id
            """).execute(arguments: ["at": at, "nextDue": o.nextDue.map(StorageDate.text), "gone": o.gone, "movedTo": o.movedTo,
                                     "error": o.error, "etag": o.etag, "lastModified": o.lastModified,
                                     "owner": owner, "id": o.sourceID])
        return newPosts
    }

    /// Inserts a post the first time it is seen; afterwards only `lastSeen` and changed counters move.
    /// One statement for a new post (the unique key on source and stable id decides), two for a known one.
    /// `at` is the crawl time as stored text (see `StorageDate`).
    static func savePost(_ db: Database, _ mp: MatchedPost, sourceID: String, at: String) throws -> Bool {
        let published = mp.post.published.map(StorageDate.text)
        let p = mp.post
        let inserted = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO post (sourceID, stableID, url, title, text, textSHA256, author, published, firstSeen, lastSeen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(sourceID, stableID) DO NOTHING RETURNING id
            """), arguments: [sourceID, p.stableID, p.url, p.title, p.text, sha256(p.text), p.author, published, at, at])
        let postID: Int64
        if let inserted {
            postID = inserted
            if !mp.matches.isEmpty {
                let insertMatch = try db.cachedStatement(sql: """
                    INSERT INTO match (postID, innovationID, score, evidence) VALUES (?, ?, ?, ?)
                    """)
                for m in mp.matches {
                    try insertMatch.execute(arguments: [postID, m.innovationID, m.score, encode(m.evidence)])
                }
            }
        } else {
            guard let existing = try Int64.fetchOne(db.cachedStatement(sql: """
                UPDATE post SET lastSeen = MAX(lastSeen, ?), published = COALESCE(published, ?)
                WHERE sourceID = ? AND stableID = ? RETURNING id
                """), arguments: [at, published, sourceID, p.stableID]) else { return false }
            postID = existing
        }
        if !p.engagement.isEmpty {
            var changed = true
            if inserted == nil, let last = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT views, likes, comments, shares FROM engagement WHERE postID = ? ORDER BY at DESC LIMIT 1
                """), arguments: [postID]) {
                let e = p.engagement
                changed = (last["views"] as Int?) != e.views || (last["likes"] as Int?) != e.likes ||
                    (last["comments"] as Int?) != e.comments || (last["shares"] as Int?) != e.shares
            }
            if changed {
                try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO engagement (postID, at, views, likes, comments, shares) VALUES (?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [postID, at, p.engagement.views, p.engagement.likes,
                                             p.engagement.comments, p.engagement.shares])
            }
        }
        return inserted != nil
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lowercase hex SHA-256 of the text's UTF-8 bytes.
    static func sha256(_ text: String) -> String {
        var hasher = SHA256()
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let digest = hasher.finalize()
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON array of strings.
    static func encode(_ evidence: [String]) -> String {
        var out = "["
        for (i, s) in evidence.enumerated() {
            if i > 0 { out += "," }
            JSONText.quote(s, into: &out)
        }
        return out + "]"
    }
}
