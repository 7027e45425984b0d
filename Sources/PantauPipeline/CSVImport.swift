import Foundation
import PantauMatch
import PantauModel
import PantauStore

/// `pantau import`: post-level numbers exported from platforms that have no public feed.
///
/// Columns are found by header name (English or Indonesian, any case): `source` (a registry source
/// id) and `url` are required; `title`/`judul`, `text`/`caption`/`teks`, `published`/`date`/`tanggal`,
/// `views`/`tayangan`, `likes`/`suka`, `comments`/`komentar`, `shares`/`dibagikan` are optional.
/// Counts are read as Indonesians write them (`1.500` is fifteen hundred, `1,5` one and a half; see
/// `CSVNumber`). `,` or `;` between fields; a UTF-8 BOM is fine. The whole file is checked first: any bad row stops
/// the import with every problem listed, and nothing is stored. Importing the same file twice adds
/// nothing (posts are keyed by source and URL; counters get a new snapshot only when they change).
public enum CSVImport {
    public struct Summary: Sendable, Codable {
        public var rows: Int
        public var newPosts: Int
        public var matched: Int
    }

    /// Imports the file at `path` into `database` (every row checked first; nothing stored on a bad row).
    public static func run(path: String, registry: Registry, database: AppDatabase, now: Date) throws -> Summary {
        let p = try prepare(path: path, registry: registry)
        try database.syncSources(registry.sources)
        let new = try database.importPosts(p.batches, at: now, origins: p.origins)
        return Summary(rows: p.rows, newPosts: new, matched: p.matched)
    }

    /// A file read, checked and matched, ready to store.
    struct Prepared {
        var batches: [ImportBatch]
        var origins: [String: ImportOrigin]
        var rows: Int
        var matched: Int
    }

    /// Reads and checks the whole file and matches its posts; stores nothing.
    static func prepare(path: String, registry: Registry) throws -> Prepared {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, problems: ["cannot read the file"])
        }
        let rows = try read(Array(data), file: path, registry: registry)
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        var bySource: [String: [MatchedPost]] = [:]
        var origins: [String: ImportOrigin] = [:]
        var order: [String] = []
        var matched = 0
        for row in rows {
            let post = row.post
            let matches = matcher.match(MatchPost(id: post.stableID, title: post.title, text: post.text, url: post.url,
                                                  unitID: row.unitID))
            if !matches.isEmpty { matched += 1 }
            if bySource[row.sourceID] == nil { order.append(row.sourceID) }
            bySource[row.sourceID, default: []].append(MatchedPost(post: post, matches: matches))
            origins[post.url ?? post.stableID] = ImportOrigin(file: (path as NSString).lastPathComponent, line: row.line)
        }
        return Prepared(batches: order.map { ImportBatch(sourceID: $0, posts: bySource[$0]!) }, origins: origins,
                        rows: rows.count, matched: matched)
    }
}
