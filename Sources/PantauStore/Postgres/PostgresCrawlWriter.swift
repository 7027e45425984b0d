import Foundation
import PantauModel
import PostgresNIO

/// Writes one crawl outcome on a PostgreSQL transaction's connection, as `CrawlWriter` does on
/// SQLite: the attempt, the source's new state (and its lease released), the parse watch cleared when
/// it was parsed, the channel state, new posts (`ON CONFLICT DO NOTHING` on the post's unique key:
/// two workers never store one post twice), their matches, and changed counters.
///
/// Parameters that may be NULL are cast (`::text`): PostgreSQL cannot guess the type of a NULL.
struct PostgresCrawlWriter {
    let conn: PostgresConnection

    /// Saves `o`; returns its new posts.
    func save(_ o: CrawlOutcome, releasingLeaseOf owner: String?) async throws -> Int {
        var newPosts = 0
        let at = StorageDate.text(o.at)
        for mp in o.posts where try await savePost(mp, sourceID: o.sourceID, at: at) { newPosts += 1 }
        try await conn.run("""
            INSERT INTO "fetch" (runID, sourceID, url, at, status, notModified, bytes, elapsed, error, newPosts)
            VALUES (\(o.runID)::bigint, \(o.sourceID), \(o.url), \(at), \(o.status), \(o.notModified), \(o.bytes),
                    \(o.elapsed), \(o.error)::text, \(newPosts))
            """)
        let failure = o.channel?.countsAsFailure ?? true
        let nextDue = o.nextDue.map(StorageDate.text)
        // Every expression sees the row as it was before this UPDATE.
        try await conn.run("""
            UPDATE source SET
              lastAttempt = \(at), nextDue = \(nextDue)::text, gone = \(o.gone),
              movedTo = COALESCE(\(o.movedTo)::text, movedTo), lastError = \(o.error)::text,
              consecutiveFailures = CASE WHEN \(o.error)::text IS NULL THEN 0 WHEN \(failure) THEN consecutiveFailures + 1
                                         ELSE consecutiveFailures END,
              lastSuccess = CASE WHEN \(o.error)::text IS NULL THEN \(at) ELSE lastSuccess END,
              etag = CASE WHEN \(o.error)::text IS NULL THEN COALESCE(\(o.etag)::text, etag) ELSE etag END,
              lastModified = CASE WHEN \(o.error)::text IS NULL THEN COALESCE(\(o.lastModified)::text, lastModified)
                                  ELSE lastModified END,
              leaseUntil = CASE WHEN leaseOwner = \(owner)::text THEN NULL ELSE leaseUntil END,
              leaseOwner = CASE WHEN leaseOwner = \(owner)::text THEN NULL ELSE leaseOwner END
            WHERE id = \(o.sourceID)
            """)
        if o.parsed { try await conn.run("DELETE FROM parseWatch WHERE sourceID = \(o.sourceID)") }
        if let c = o.channel {
            // `since` moves only when the state changes (e.g. how long a token has been expired).
            try await conn.run("""
                INSERT INTO channelState (sourceID, state, since, at, hint, followers)
                VALUES (\(o.sourceID), \(c.state.rawValue), \(at), \(at), \(c.hint)::text, \(c.followers)::bigint)
                ON CONFLICT (sourceID) DO UPDATE SET
                  since = CASE WHEN channelState.state = excluded.state THEN channelState.since ELSE excluded.since END,
                  state = excluded.state, at = excluded.at, hint = excluded.hint,
                  followers = COALESCE(excluded.followers, channelState.followers)
                """)
        }
        return newPosts
    }

    /// Inserts a post the first time it is seen; afterwards only `lastSeen` and changed counters move.
    /// Returns whether the post was new.
    func savePost(_ mp: MatchedPost, sourceID: String, at: String) async throws -> Bool {
        let p = mp.post
        let published = p.published.map(StorageDate.text)
        let inserted = try await conn.rows("""
            INSERT INTO post (sourceID, stableID, url, title, text, textSHA256, author, published, firstSeen, lastSeen)
            VALUES (\(sourceID), \(p.stableID), \(p.url)::text, \(p.title)::text, \(p.text), \(CrawlWriter.sha256(p.text)),
                    \(p.author)::text, \(published)::text, \(at), \(at))
            ON CONFLICT (sourceID, stableID) DO NOTHING
            RETURNING id
            """)
        let postID: Int64
        let isNew = !inserted.isEmpty
        if let row = inserted.first {
            postID = try row.value(0, as: Int64.self)
            for m in mp.matches {
                try await conn.run("""
                    INSERT INTO match (postID, innovationID, score, evidence)
                    VALUES (\(postID), \(m.innovationID), \(m.score), \(CrawlWriter.encode(m.evidence)))
                    """)
            }
        } else {
            let touched = try await conn.rows("""
                UPDATE post SET lastSeen = GREATEST(lastSeen, \(at)), published = COALESCE(published, \(published)::text)
                WHERE sourceID = \(sourceID) AND stableID = \(p.stableID) RETURNING id
                """)
            guard !p.engagement.isEmpty, let row = touched.first else { return false }
            postID = try row.value(0, as: Int64.self)
        }
        guard !p.engagement.isEmpty else { return isNew }
        let e = p.engagement
        if !isNew, let last = try await conn.rows("""
            SELECT views, likes, comments, shares FROM engagement WHERE postID = \(postID) ORDER BY at DESC LIMIT 1
            """).first {
            let same = try last.value(0, as: Int?.self) == e.views && last.value(1, as: Int?.self) == e.likes &&
                last.value(2, as: Int?.self) == e.comments && last.value(3, as: Int?.self) == e.shares
            if same { return false }
        }
        try await conn.run("""
            INSERT INTO engagement (postID, at, views, likes, comments, shares)
            VALUES (\(postID), \(at), \(e.views)::bigint, \(e.likes)::bigint, \(e.comments)::bigint, \(e.shares)::bigint)
            ON CONFLICT (postID, at) DO UPDATE SET views = excluded.views, likes = excluded.likes,
                comments = excluded.comments, shares = excluded.shares
            """)
        return isNew
    }
}
