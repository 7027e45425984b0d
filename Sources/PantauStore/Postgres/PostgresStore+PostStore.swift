import Foundation
import PantauModel
import PostgresNIO

/// Imported posts, stored posts' words and rematches on PostgreSQL: the SQL of
/// `AppDatabase+Import.swift` and `AppDatabase+Queries.swift`.
extension PostgresStore: PostStore {
    @discardableResult
    public func importPosts(_ batches: [ImportBatch], at: Date, origins: [String: ImportOrigin]) async throws -> Int {
        let new = try await writeImport(batches, at: at, origins: origins)
        await noteDataChanged()  // new counters on known posts leave no new id behind
        return new
    }

    private func writeImport(_ batches: [ImportBatch], at: Date, origins: [String: ImportOrigin]) async throws -> Int {
        let at = PostgresDate.text(at)
        return try await withTransaction { conn in
            let w = PostgresCrawlWriter(conn: conn)
            var new = 0
            for b in batches {
                for p in b.posts where try await w.savePost(p, sourceID: b.sourceID, at: at) {
                    new += 1
                    guard let o = origins[p.post.stableID] else { continue }
                    try await conn.run("""
                        INSERT INTO postImport (postID, file, line)
                        SELECT id, \(o.file), \(o.line) FROM post WHERE sourceID = \(b.sourceID) AND stableID = \(p.post.stableID)
                        ON CONFLICT (postID) DO NOTHING
                        """)
                }
            }
            return new
        }
    }

    public func postTexts() async throws -> [StoredPostText] {
        try await snapshot { conn in
            var out: [StoredPostText] = []
            try await conn.forEachRow("SELECT id, sourceID, title, text, url FROM post ORDER BY id") { row in
                let (id, sourceID, title, text, url) = try row.decode((Int64, String, String?, String, String?).self)
                out.append(StoredPostText(id: id, sourceID: sourceID, title: title, text: text, url: url))
            }
            return out
        }
    }

    /// Deletes every match and writes the new ones in one transaction, a few thousand rows a
    /// statement (as arrays unnested), as SQLite's `replaceMatches` does one row at a time.
    @discardableResult
    public func replaceMatches(_ all: [Int64: [InnovationMatch]]) async throws -> Int {
        let n = try await writeMatches(all)
        await noteDataChanged()
        return n
    }

    private func writeMatches(_ all: [Int64: [InnovationMatch]]) async throws -> Int {
        try await withTransaction { conn in
            try await conn.run("DELETE FROM match")
            var ids: [Int64] = [], innovations: [String] = [], scores: [Double] = [], evidence: [String] = []
            var n = 0
            func flush() async throws {
                guard !ids.isEmpty else { return }
                try await conn.run("""
                    INSERT INTO match (postID, innovationID, score, evidence)
                    SELECT * FROM UNNEST(\(ids)::BIGINT[], \(innovations)::TEXT[], \(scores)::DOUBLE PRECISION[], \(evidence)::TEXT[])
                    """)
                ids.removeAll(keepingCapacity: true); innovations.removeAll(keepingCapacity: true)
                scores.removeAll(keepingCapacity: true); evidence.removeAll(keepingCapacity: true)
            }
            for (postID, ms) in all {
                for m in ms {
                    ids.append(postID); innovations.append(m.innovationID); scores.append(m.score)
                    evidence.append(CrawlWriter.encode(m.evidence))
                    n += 1
                    if ids.count == 5_000 { try await flush() }
                }
            }
            try await flush()
            return n
        }
    }
}
