import Foundation
import PantauModel
import PostgresNIO

/// Writes crawl outcomes on a PostgreSQL transaction's connection, as `CrawlWriter` does on SQLite:
/// the attempts, the sources' new state (and their leases released), parse watches cleared where
/// parsed, channel states, new posts (`ON CONFLICT DO NOTHING` on the post's unique key: two workers
/// never store one post twice), their matches, and changed counters.
///
/// Set-based: each kind of row of all the outcomes given goes in one statement, its values bound as
/// arrays and read back with `unnest`, so a call costs a handful of round trips whatever its number
/// of outcomes and posts (`PostgresCrawlWriter+Posts.swift` for the posts). Rows that take ids from
/// a sequence (posts, fetches) are inserted `ORDER BY` their place in the outcomes, so they get
/// their ids in the order SQLite gives them. The outcomes must be of distinct sources.
struct PostgresCrawlWriter {
    let conn: PostgresConnection

    typealias Texts = PostgresNullableArray<String>
    typealias Numbers = PostgresNullableArray<Int>

    /// Saves `outcomes`; returns the new posts of each, in order.
    func save(_ outcomes: [CrawlOutcome], releasingLeaseOf owner: String?) async throws -> [Int] {
        guard !outcomes.isEmpty else { return [] }
        let newPosts = try await savePosts(outcomes)
        try await insertFetches(outcomes, newPosts: newPosts)
        try await updateSources(outcomes, releasingLeaseOf: owner)
        let parsed = outcomes.filter(\.parsed).map(\.sourceID)
        if !parsed.isEmpty { try await conn.run("DELETE FROM parseWatch WHERE sourceID = ANY(\(parsed))") }
        try await upsertChannels(outcomes)
        return newPosts
    }

    /// One attempt row per outcome.
    func insertFetches(_ outcomes: [CrawlOutcome], newPosts: [Int]) async throws {
        let runIDs = PostgresNullableArray(outcomes.map(\.runID)), ids = outcomes.map(\.sourceID), urls = outcomes.map(\.url)
        let ats = outcomes.map { StorageDate.text($0.at) }, statuses = outcomes.map(\.status)
        let notModified = outcomes.map(\.notModified), bytes = outcomes.map(\.bytes), elapsed = outcomes.map(\.elapsed)
        let errors = Texts(outcomes.map(\.error))
        try await conn.run("""
            INSERT INTO "fetch" (runID, sourceID, url, at, status, notModified, bytes, elapsed, error, newPosts)
            SELECT u.runID, u.sourceID, u.url, u.at, u.status, u.notModified, u.bytes, u.elapsed, u.error, u.newPosts
            FROM unnest(\(runIDs)::bigint[], \(ids)::text[], \(urls)::text[], \(ats)::text[], \(statuses)::bigint[],
                        \(notModified)::boolean[], \(bytes)::bigint[], \(elapsed)::float8[], \(errors)::text[],
                        \(newPosts)::bigint[])
                 WITH ORDINALITY AS u(runID, sourceID, url, at, status, notModified, bytes, elapsed, error, newPosts, ord)
            ORDER BY u.ord
            """)
    }

    /// Each outcome's source: its new state, and its lease released when `owner` holds it.
    /// Every expression sees the row as it was before this UPDATE.
    func updateSources(_ outcomes: [CrawlOutcome], releasingLeaseOf owner: String?) async throws {
        let ids = outcomes.map(\.sourceID), ats = outcomes.map { StorageDate.text($0.at) }
        let nextDues = Texts(outcomes.map { $0.nextDue.map(StorageDate.text) }), gone = outcomes.map(\.gone)
        let movedTo = Texts(outcomes.map(\.movedTo)), errors = Texts(outcomes.map(\.error))
        let failures = outcomes.map { $0.channel?.countsAsFailure ?? true }
        let etags = Texts(outcomes.map(\.etag)), lastModified = Texts(outcomes.map(\.lastModified))
        try await conn.run("""
            UPDATE source SET
              lastAttempt = u.at, nextDue = u.nextDue, gone = u.gone, movedTo = COALESCE(u.movedTo, source.movedTo),
              lastError = u.error,
              consecutiveFailures = CASE WHEN u.error IS NULL THEN 0 WHEN u.failure THEN source.consecutiveFailures + 1
                                         ELSE source.consecutiveFailures END,
              lastSuccess = CASE WHEN u.error IS NULL THEN u.at ELSE source.lastSuccess END,
              etag = CASE WHEN u.error IS NULL THEN COALESCE(u.etag, source.etag) ELSE source.etag END,
              lastModified = CASE WHEN u.error IS NULL THEN COALESCE(u.lastModified, source.lastModified)
                                  ELSE source.lastModified END,
              leaseUntil = CASE WHEN source.leaseOwner = \(owner)::text THEN NULL ELSE source.leaseUntil END,
              leaseOwner = CASE WHEN source.leaseOwner = \(owner)::text THEN NULL ELSE source.leaseOwner END
            FROM unnest(\(ids)::text[], \(ats)::text[], \(nextDues)::text[], \(gone)::boolean[], \(movedTo)::text[],
                        \(errors)::text[], \(failures)::boolean[], \(etags)::text[], \(lastModified)::text[])
                 AS u(id, at, nextDue, gone, movedTo, error, failure, etag, lastModified)
            WHERE source.id = u.id
            """)
    }

    /// The channel state of each outcome that read one. `since` moves only when the state changes
    /// (e.g. how long a token has been expired).
    func upsertChannels(_ outcomes: [CrawlOutcome]) async throws {
        let read = outcomes.compactMap { o in o.channel.map { (o, $0) } }
        guard !read.isEmpty else { return }
        let ids = read.map(\.0.sourceID), states = read.map(\.1.state.rawValue), ats = read.map { StorageDate.text($0.0.at) }
        let hints = Texts(read.map(\.1.hint)), followers = Numbers(read.map(\.1.followers))
        try await conn.run("""
            INSERT INTO channelState (sourceID, state, since, at, hint, followers)
            SELECT u.sourceID, u.state, u.at, u.at, u.hint, u.followers
            FROM unnest(\(ids)::text[], \(states)::text[], \(ats)::text[], \(hints)::text[], \(followers)::bigint[])
                 AS u(sourceID, state, at, hint, followers)
            ON CONFLICT (sourceID) DO UPDATE SET
              since = CASE WHEN channelState.state = excluded.state THEN channelState.since ELSE excluded.since END,
              state = excluded.state, at = excluded.at, hint = excluded.hint,
              followers = COALESCE(excluded.followers, channelState.followers)
            """)
    }
}
