import Crypto
import Foundation
import GRDB
import PantauModel

extension AppDatabase {
    /// Makes the `source` table mirror the registry: new sources added, changed ones updated (a new
    /// URL forgets the old ETag), removed ones kept but marked out of the registry. Crawl state stays.
    public func syncSources(_ sources: [Source]) throws {
        try writer.write { db in
            try db.execute(sql: "UPDATE source SET inRegistry = 0")
            for s in sources {
                if var r = try SourceRecord.fetchOne(db, key: s.id) {
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
        try writer.write { db in
            var newPosts = 0
            for mp in o.posts {
                if try savePost(db, mp, sourceID: o.sourceID, at: o.at) { newPosts += 1 }
            }
            var f = FetchRecord(runID: o.runID, sourceID: o.sourceID, url: o.url, at: o.at, status: o.status,
                                notModified: o.notModified, bytes: o.bytes, elapsed: o.elapsed, error: o.error,
                                newPosts: newPosts)
            try f.insert(db)
            if var s = try SourceRecord.fetchOne(db, key: o.sourceID) {
                s.lastAttempt = o.at
                s.nextDue = o.nextDue
                if let err = o.error {
                    s.lastError = err
                    s.consecutiveFailures += 1
                } else {
                    s.lastSuccess = o.at
                    s.consecutiveFailures = 0
                    s.lastError = nil
                    if let e = o.etag { s.etag = e }
                    if let lm = o.lastModified { s.lastModified = lm }
                }
                s.gone = o.gone
                if let m = o.movedTo { s.movedTo = m }
                try s.update(db)
            }
            return newPosts
        }
    }

    /// Inserts a post the first time it is seen; afterwards only `lastSeen` and changed counters move.
    private func savePost(_ db: Database, _ mp: MatchedPost, sourceID: String, at: Date) throws -> Bool {
        let p = mp.post
        let existing = try PostRecord.filter(Column("sourceID") == sourceID && Column("stableID") == p.stableID).fetchOne(db)
        let postID: Int64
        var isNew = false
        if var e = existing {
            e.lastSeen = max(e.lastSeen, at)
            if e.published == nil, let pub = p.published { e.published = pub }
            try e.update(db)
            postID = e.id!
        } else {
            var r = PostRecord(sourceID: sourceID, stableID: p.stableID, url: p.url, title: p.title, text: p.text,
                               textSHA256: Self.sha256(p.text), author: p.author, published: p.published,
                               firstSeen: at, lastSeen: at)
            try r.insert(db)
            postID = r.id!
            isNew = true
            for m in mp.matches {
                try MatchRecord(postID: postID, innovationID: m.innovationID, score: m.score,
                                evidence: Self.encode(m.evidence)).insert(db)
            }
        }
        if !p.engagement.isEmpty {
            let last = try EngagementRecord.filter(Column("postID") == postID).order(Column("at").desc).fetchOne(db)
            let changed = last.map { $0.views != p.engagement.views || $0.likes != p.engagement.likes ||
                $0.comments != p.engagement.comments || $0.shares != p.engagement.shares } ?? true
            if changed {
                try EngagementRecord(postID: postID, at: at, views: p.engagement.views, likes: p.engagement.likes,
                                     comments: p.engagement.comments, shares: p.engagement.shares).insert(db, onConflict: .replace)
            }
        }
        return isNew
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func encode(_ evidence: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(evidence), as: UTF8.self)) ?? "[]"
    }
}
