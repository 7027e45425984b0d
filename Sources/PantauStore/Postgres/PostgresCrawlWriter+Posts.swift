import Foundation
import PantauModel
import PostgresNIO

/// The posts of a `PostgresCrawlWriter` call, set-based: four statements (new posts, their matches,
/// posts seen before, changed counters) for all the posts of all the outcomes.
///
/// As on SQLite, a post is inserted the first time it is seen; afterwards only `lastSeen`, an
/// unknown `published` and changed counters move. A post listed twice (one feed repeating an item)
/// is written as SQLite writes it one after the other: all listings go through the one INSERT in
/// order (the second one is not inserted), then the first listing of each post is written in a
/// first round of the other statements, the second listing in a second round, and so on.
extension PostgresCrawlWriter {
    /// One listing of a post: which outcome, its source, the crawl time as stored text.
    struct Listing {
        let outcome: Int
        let sourceID: String
        let at: String
        let post: MatchedPost
    }

    /// A post's unique key in the store.
    struct PostKey: Hashable {
        let sourceID: String
        let stableID: String
    }

    /// Saves the posts of `outcomes`; returns the new posts of each outcome.
    func savePosts(_ outcomes: [CrawlOutcome]) async throws -> [Int] {
        var listings: [Listing] = []
        for (i, o) in outcomes.enumerated() {
            let at = StorageDate.text(o.at)
            listings += o.posts.map { Listing(outcome: i, sourceID: o.sourceID, at: at, post: $0) }
        }
        return try await savePosts(listings, outcomes: outcomes.count)
    }

    /// Saves one post seen at `at` (stored text), as the CSV import does; returns whether it was new.
    func savePost(_ mp: MatchedPost, sourceID: String, at: String) async throws -> Bool {
        try await savePosts([Listing(outcome: 0, sourceID: sourceID, at: at, post: mp)], outcomes: 1)[0] > 0
    }

    /// Saves `listings` (their `outcome` below `outcomes`); returns the new posts of each outcome.
    func savePosts(_ listings: [Listing], outcomes: Int) async throws -> [Int] {
        var newPosts = Array(repeating: 0, count: outcomes)
        guard !listings.isEmpty else { return newPosts }
        let inserted = try await insertPosts(listings)
        for (n, round) in Self.rounds(listings).enumerated() {
            var ids: [PostKey: Int64] = [:]
            var isNew: Set<PostKey> = []
            if n == 0 {
                ids = inserted
                isNew = Set(ids.keys)
                try await insertMatches(round.filter { isNew.contains(Self.key($0)) }, ids: ids)
            }
            let seen = round.filter { !isNew.contains(Self.key($0)) }
            if !seen.isEmpty {
                ids.merge(try await touchPosts(seen), uniquingKeysWith: { a, _ in a })
            }
            try await insertEngagement(round, ids: ids)
            for l in round where isNew.contains(Self.key(l)) { newPosts[l.outcome] += 1 }
        }
        return newPosts
    }

    /// `listings` in order, split in rounds: a post's first listing in the first round, its second
    /// (if any) in the second round, and so on.
    static func rounds(_ listings: [Listing]) -> [[Listing]] {
        var rounds: [[Listing]] = []
        var listed: [PostKey: Int] = [:]
        for l in listings {
            let key = key(l)
            let round = listed[key, default: 0]
            listed[key] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(l)
        }
        return rounds
    }

    static func key(_ l: Listing) -> PostKey { PostKey(sourceID: l.sourceID, stableID: l.post.post.stableID) }

    /// Inserts the posts not stored yet, in the order listed, so their ids follow that order;
    /// returns the ids of the posts inserted. Every listing takes a number from the id sequence,
    /// also one of a post stored before or listed twice (`ON CONFLICT DO NOTHING`), as on SQLite
    /// (AUTOINCREMENT): the same posts get the same ids on both stores.
    func insertPosts(_ listings: [Listing]) async throws -> [PostKey: Int64] {
        let posts = listings.map(\.post.post)
        let sources = listings.map(\.sourceID), stable = posts.map(\.stableID), urls = Texts(posts.map(\.url))
        let titles = Texts(posts.map(\.title)), texts = posts.map(\.text), hashes = posts.map { CrawlWriter.sha256($0.text) }
        let authors = Texts(posts.map(\.author)), published = Texts(posts.map { $0.published.map(StorageDate.text) })
        let ats = listings.map(\.at)
        let rows = try await conn.rows("""
            INSERT INTO post (sourceID, stableID, url, title, text, textSHA256, author, published, firstSeen, lastSeen)
            SELECT u.sourceID, u.stableID, u.url, u.title, u.text, u.hash, u.author, u.published, u.at, u.at
            FROM unnest(\(sources)::text[], \(stable)::text[], \(urls)::text[], \(titles)::text[], \(texts)::text[],
                        \(hashes)::text[], \(authors)::text[], \(published)::text[], \(ats)::text[])
                 WITH ORDINALITY AS u(sourceID, stableID, url, title, text, hash, author, published, at, ord)
            ORDER BY u.ord
            ON CONFLICT (sourceID, stableID) DO NOTHING
            RETURNING id, sourceID, stableID
            """)
        return try Self.ids(rows)
    }

    /// The matches of the new posts.
    func insertMatches(_ new: [Listing], ids: [PostKey: Int64]) async throws {
        var postIDs: [Int64] = [], innovations: [String] = [], scores: [Double] = [], evidence: [String] = []
        for l in new {
            guard let id = ids[Self.key(l)] else { continue }
            for m in l.post.matches {
                postIDs.append(id)
                innovations.append(m.innovationID)
                scores.append(m.score)
                evidence.append(CrawlWriter.encode(m.evidence))
            }
        }
        guard !postIDs.isEmpty else { return }
        try await conn.run("""
            INSERT INTO match (postID, innovationID, score, evidence)
            SELECT * FROM unnest(\(postIDs)::bigint[], \(innovations)::text[], \(scores)::float8[], \(evidence)::text[])
            """)
    }

    /// Posts stored before: `lastSeen` moves on, an unknown `published` is filled in. Returns their ids.
    func touchPosts(_ seen: [Listing]) async throws -> [PostKey: Int64] {
        let sources = seen.map(\.sourceID), stable = seen.map(\.post.post.stableID), ats = seen.map(\.at)
        let published = Texts(seen.map { $0.post.post.published.map(StorageDate.text) })
        let rows = try await conn.rows("""
            UPDATE post SET lastSeen = GREATEST(post.lastSeen, u.at), published = COALESCE(post.published, u.published)
            FROM unnest(\(sources)::text[], \(stable)::text[], \(ats)::text[], \(published)::text[])
                 AS u(sourceID, stableID, at, published)
            WHERE post.sourceID = u.sourceID AND post.stableID = u.stableID
            RETURNING post.id, post.sourceID, post.stableID
            """)
        return try Self.ids(rows)
    }

    /// Counters of the posts in `round` that have any: a new post's always, a post seen before only
    /// when they differ from its last stored counters (one row per crawl time, the last one kept).
    func insertEngagement(_ round: [Listing], ids: [PostKey: Int64]) async throws {
        var postIDs: [Int64] = [], ats: [String] = []
        var views: [Int?] = [], likes: [Int?] = [], comments: [Int?] = [], shares: [Int?] = []
        for l in round {
            let e = l.post.post.engagement
            guard !e.isEmpty, let id = ids[Self.key(l)] else { continue }
            postIDs.append(id)
            ats.append(l.at)
            views.append(e.views)
            likes.append(e.likes)
            comments.append(e.comments)
            shares.append(e.shares)
        }
        guard !postIDs.isEmpty else { return }
        try await conn.run("""
            INSERT INTO engagement (postID, at, views, likes, comments, shares)
            SELECT u.postID, u.at, u.views, u.likes, u.comments, u.shares
            FROM unnest(\(postIDs)::bigint[], \(ats)::text[], \(Numbers(views))::bigint[], \(Numbers(likes))::bigint[],
                        \(Numbers(comments))::bigint[], \(Numbers(shares))::bigint[])
                 AS u(postID, at, views, likes, comments, shares)
            LEFT JOIN LATERAL (SELECT e.at, e.views, e.likes, e.comments, e.shares FROM engagement e
                               WHERE e.postID = u.postID ORDER BY e.at DESC LIMIT 1) last ON TRUE
            WHERE last.at IS NULL
               OR (last.views, last.likes, last.comments, last.shares) IS DISTINCT FROM (u.views, u.likes, u.comments, u.shares)
            ON CONFLICT (postID, at) DO UPDATE SET views = excluded.views, likes = excluded.likes,
                comments = excluded.comments, shares = excluded.shares
            """)
    }

    /// Rows of (id, sourceID, stableID) by post key.
    static func ids(_ rows: [PostgresRow]) throws -> [PostKey: Int64] {
        var out: [PostKey: Int64] = [:]
        out.reserveCapacity(rows.count)
        for r in rows {
            out[PostKey(sourceID: try r.value(1, as: String.self), stableID: try r.value(2, as: String.self))] =
                try r.value(0, as: Int64.self)
        }
        return out
    }
}
