import Crypto
import GRDB
import PantauModel

/// Writes crawl results inside one transaction with statements prepared once for it (not looked up
/// by their SQL text for every row), binding arguments without re-checking their count.
///
/// After a statement fails, make a new writer: binding new arguments to a failed statement traps
/// (GRDB resets it with `try!`). The statements are not shared with GRDB's statement cache for that reason.
struct CrawlWriter {
    let db: Database
    let insertPost: Statement
    let touchPost: Statement
    let touchPostReturningID: Statement
    let insertMatch: Statement
    let lastEngagement: Statement
    let insertEngagement: Statement
    let insertFetch: Statement
    let updateSource: Statement
    let upsertChannel: Statement
    let clearParseWatch: Statement

    init(_ db: Database) throws {
        self.db = db
        insertPost = try db.makeStatement(sql: """
            INSERT INTO post (sourceID, stableID, url, title, text, textSHA256, author, published, firstSeen, lastSeen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(sourceID, stableID) DO NOTHING
            """)
        touchPost = try db.makeStatement(sql: """
            UPDATE post SET lastSeen = MAX(lastSeen, ?), published = COALESCE(published, ?)
            WHERE sourceID = ? AND stableID = ?
            """)
        touchPostReturningID = try db.makeStatement(sql: """
            UPDATE post SET lastSeen = MAX(lastSeen, ?), published = COALESCE(published, ?)
            WHERE sourceID = ? AND stableID = ? RETURNING id
            """)
        insertMatch = try db.makeStatement(sql: "INSERT INTO match (postID, innovationID, score, evidence) VALUES (?, ?, ?, ?)")
        lastEngagement = try db.makeStatement(sql: """
            SELECT views, likes, comments, shares FROM engagement WHERE postID = ? ORDER BY at DESC LIMIT 1
            """)
        insertEngagement = try db.makeStatement(sql: """
            INSERT OR REPLACE INTO engagement (postID, at, views, likes, comments, shares) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertFetch = try db.makeStatement(sql: """
            INSERT INTO fetch (runID, sourceID, url, at, status, notModified, bytes, elapsed, error, newPosts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Every expression sees the row as it was before this UPDATE.
        updateSource = try db.makeStatement(sql: """
            UPDATE source SET
              lastAttempt = :at, nextDue = :nextDue, gone = :gone, movedTo = COALESCE(:movedTo, movedTo),
              lastError = :error,
              consecutiveFailures = CASE WHEN :error IS NULL THEN 0 WHEN :failure THEN consecutiveFailures + 1
                                         ELSE consecutiveFailures END,
              lastSuccess = CASE WHEN :error IS NULL THEN :at ELSE lastSuccess END,
              etag = CASE WHEN :error IS NULL THEN COALESCE(:etag, etag) ELSE etag END,
              lastModified = CASE WHEN :error IS NULL THEN COALESCE(:lastModified, lastModified) ELSE lastModified END,
              leaseUntil = CASE WHEN leaseOwner = :owner THEN NULL ELSE leaseUntil END,
              leaseOwner = CASE WHEN leaseOwner = :owner THEN NULL ELSE leaseOwner END
            WHERE id = :id
            """)
        // A parse that ran and returned: the deaths in a row start again and a quarantine is lifted.
        clearParseWatch = try db.makeStatement(sql: "DELETE FROM parseWatch WHERE sourceID = ?")
        // `since` moves only when the state changes (e.g. how long a token has been expired).
        upsertChannel = try db.makeStatement(sql: """
            INSERT INTO channelState (sourceID, state, since, at, hint, followers) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT(sourceID) DO UPDATE SET
              since = CASE WHEN state = excluded.state THEN since ELSE excluded.since END,
              state = excluded.state, at = excluded.at, hint = excluded.hint,
              followers = COALESCE(excluded.followers, followers)
            """)
    }

    /// The attempt, the source's state (and lease), its parse watch when it was parsed, and the posts of
    /// one outcome. Returns the new posts.
    func save(_ o: CrawlOutcome, releasingLeaseOf owner: String?) throws -> Int {
        var newPosts = 0
        let at = StorageDate.text(o.at)
        for mp in o.posts where try savePost(mp, sourceID: o.sourceID, at: at) { newPosts += 1 }
        insertFetch.setUncheckedArguments([o.runID, o.sourceID, o.url, at, o.status, o.notModified, o.bytes, o.elapsed,
                                           o.error, newPosts])
        try insertFetch.execute()
        updateSource.setUncheckedArguments(["at": at, "nextDue": o.nextDue.map(StorageDate.text), "gone": o.gone,
                                            "movedTo": o.movedTo, "error": o.error, "failure": o.channel?.countsAsFailure ?? true,
                                            "etag": o.etag,
                                            "lastModified": o.lastModified, "owner": owner, "id": o.sourceID])
        try updateSource.execute()
        if o.parsed {
            clearParseWatch.setUncheckedArguments([o.sourceID])
            try clearParseWatch.execute()
        }
        if let c = o.channel {
            upsertChannel.setUncheckedArguments([o.sourceID, c.state.rawValue, at, at, c.hint, c.followers])
            try upsertChannel.execute()
        }
        return newPosts
    }

    /// Inserts a post the first time it is seen; afterwards only `lastSeen` and changed counters move.
    /// `at` is the crawl time as stored text (see `StorageDate`). Returns whether the post was new.
    func savePost(_ mp: MatchedPost, sourceID: String, at: String) throws -> Bool {
        let p = mp.post
        let published = p.published.map(StorageDate.text)
        insertPost.setUncheckedArguments([sourceID, p.stableID, p.url, p.title, p.text, Self.sha256(p.text), p.author,
                                          published, at, at])
        try insertPost.execute()
        let isNew = db.changesCount > 0
        let postID: Int64
        if isNew {
            postID = db.lastInsertedRowID
            for m in mp.matches {
                insertMatch.setUncheckedArguments([postID, m.innovationID, m.score, Self.encode(m.evidence)])
                try insertMatch.execute()
            }
        } else if p.engagement.isEmpty {
            touchPost.setUncheckedArguments([at, published, sourceID, p.stableID])
            try touchPost.execute()
            return false
        } else {
            touchPostReturningID.setUncheckedArguments([at, published, sourceID, p.stableID])
            guard let id = try Int64.fetchOne(touchPostReturningID) else { return false }
            postID = id
        }
        if !p.engagement.isEmpty {
            var changed = true
            if !isNew {
                lastEngagement.setUncheckedArguments([postID])
                if let last = try Row.fetchOne(lastEngagement) {
                    let e = p.engagement
                    changed = (last["views"] as Int?) != e.views || (last["likes"] as Int?) != e.likes ||
                        (last["comments"] as Int?) != e.comments || (last["shares"] as Int?) != e.shares
                }
            }
            if changed {
                insertEngagement.setUncheckedArguments([postID, at, p.engagement.views, p.engagement.likes,
                                                        p.engagement.comments, p.engagement.shares])
                try insertEngagement.execute()
            }
        }
        return isNew
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Lowercase hex SHA-256 of the text's UTF-8 bytes.
    static func sha256(_ text: String) -> String {
        var hasher = SHA256()
        var text = text
        text.withUTF8 { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        let digest = hasher.finalize()
        return String(unsafeUninitializedCapacity: 64) { out in
            var i = 0
            for b in digest {
                out[i] = hexDigits[Int(b >> 4)]
                out[i + 1] = hexDigits[Int(b & 0x0F)]
                i += 2
            }
            return 64
        }
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
