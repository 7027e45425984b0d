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

    public static func run(path: String, registry: Registry, database: AppDatabase, now: Date) throws -> Summary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, problems: ["cannot read the file"])
        }
        let rows = try read(Array(data), file: path, registry: registry)
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        var bySource: [String: [MatchedPost]] = [:]
        var origins: [String: (file: String, line: Int)] = [:]
        var order: [String] = []
        var matched = 0
        for row in rows {
            let post = row.post
            let matches = matcher.match(MatchText.post(id: post.stableID, title: post.title, text: post.text, url: post.url,
                                                       unitID: row.unitID))
            if !matches.isEmpty { matched += 1 }
            if bySource[row.sourceID] == nil { order.append(row.sourceID) }
            bySource[row.sourceID, default: []].append(MatchedPost(post: post, matches: matches))
            origins[post.url ?? post.stableID] = ((path as NSString).lastPathComponent, row.line)
        }
        try database.syncSources(registry.sources)
        let new = try database.importPosts(order.map { ($0, bySource[$0]!) }, at: now, origins: origins)
        return Summary(rows: rows.count, newPosts: new, matched: matched)
    }
}
