import Foundation
import PantauMatch
import PantauModel
import PantauStore
import SwiftCSV

/// `pantau import`: post-level numbers exported from platforms that have no public feed.
///
/// Columns are found by header name (English or Indonesian, any case): `source` (a registry source
/// id) and `url` are required; `title`/`judul`, `text`/`caption`/`teks`, `published`/`date`/`tanggal`,
/// `views`/`tayangan`, `likes`/`suka`, `comments`/`komentar`, `shares`/`dibagikan` are optional.
/// `,` or `;` between fields; a UTF-8 BOM is fine. The whole file is checked first: any bad row stops
/// the import with every problem listed, and nothing is stored. Importing the same file twice adds
/// nothing (posts are keyed by source and URL; counters get a new snapshot only when they change).
public enum CSVImport {
    public struct Summary: Sendable, Codable {
        public var rows: Int
        public var newPosts: Int
        public var matched: Int
    }

    static let aliases: [String: [String]] = [
        "source": ["source", "sumber", "source_id", "kanal", "channel"],
        "url": ["url", "link", "tautan", "permalink"],
        "title": ["title", "judul"],
        "text": ["text", "caption", "teks", "keterangan", "description"],
        "published": ["published", "date", "tanggal", "published_at", "waktu"],
        "views": ["views", "tayangan", "plays", "penayangan"],
        "likes": ["likes", "suka", "reactions"],
        "comments": ["comments", "komentar"],
        "shares": ["shares", "dibagikan", "reposts", "bagikan"],
    ]

    public static func run(path: String, registry: Registry, database: AppDatabase, now: Date) throws -> Summary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError(file: path, problems: ["cannot read the file"])
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw ImportError(file: path, problems: ["not UTF-8 text (save the CSV as UTF-8)"])
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
        let delimiter: CSVDelimiter = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do { csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false) } catch {
            throw ImportError(file: path, problems: ["not valid CSV: \(error)"])
        }
        var column: [String: Int] = [:]
        for (i, h) in csv.header.enumerated() {
            let name = h.trimmingCharacters(in: .whitespaces).lowercased()
            if let key = aliases.first(where: { $0.value.contains(name) })?.key, column[key] == nil { column[key] = i }
        }
        var problems: [String] = []
        for key in ["source", "url"] where column[key] == nil {
            problems.append("missing column \"\(key)\" (found: \(csv.header.joined(separator: ", ")))")
        }
        guard problems.isEmpty else { throw ImportError(file: path, problems: problems) }

        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        var bySource: [String: [MatchedPost]] = [:]
        var origins: [String: (file: String, line: Int)] = [:]
        var order: [String] = []
        var matched = 0
        for (n, row) in csv.rows.enumerated() {
            let line = n + 2
            func cell(_ key: String) -> String? {
                guard let i = column[key], i < row.count else { return nil }
                let v = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let sourceID = cell("source"), let source = registry.source(sourceID) else {
                problems.append("row \(line): source \"\(cell("source") ?? "")\" is not in the registry")
                continue
            }
            guard let url = cell("url"), let u = URL(string: url), let scheme = u.scheme?.lowercased(),
                  scheme == "http" || scheme == "https" else {
                problems.append("row \(line): url \"\(cell("url") ?? "")\" is not an http(s) link")
                continue
            }
            var counts: [String: Int] = [:]
            for key in ["views", "likes", "comments", "shares"] {
                guard let v = cell(key) else { continue }
                let digits = v.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: "")
                    .replacingOccurrences(of: " ", with: "")
                guard let number = Int(digits), number >= 0 else {
                    problems.append("row \(line): \(key) \"\(v)\" is not a whole number")
                    continue
                }
                counts[key] = number
            }
            var published: Date?
            if let d = cell("published") {
                published = parseDate(d)
                if published == nil { problems.append("row \(line): published \"\(d)\" is not a date (use 2026-11-16 or ISO 8601)") }
            }
            let post = Post(stableID: url, url: url, title: cell("title"), text: cell("text") ?? "", published: published,
                            engagement: Engagement(views: counts["views"], likes: counts["likes"],
                                                   comments: counts["comments"], shares: counts["shares"]))
            let matches = matcher.match(MatchPost(id: url, title: post.title, text: post.text, url: url, unitID: source.unitID))
            if !matches.isEmpty { matched += 1 }
            if bySource[sourceID] == nil { order.append(sourceID) }
            bySource[sourceID, default: []].append(MatchedPost(post: post, matches: matches))
            origins[url] = ((path as NSString).lastPathComponent, line)
        }
        guard problems.isEmpty else { throw ImportError(file: path, problems: problems) }
        try database.syncSources(registry.sources)
        let new = try database.importPosts(order.map { ($0, bySource[$0]!) }, at: now, origins: origins)
        return Summary(rows: bySource.values.reduce(0) { $0 + $1.count }, newPosts: new, matched: matched)
    }

    /// 2026-11-16, 16/11/2026, or ISO 8601 with time; plain dates are midnight in Asia/Jakarta.
    static func parseDate(_ s: String) -> Date? {
        if let d = ISO8601DateFormatter().date(from: s) { return d }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = ISOWeek.jakarta
        for format in ["yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd/MM/yyyy HH:mm"] {
            f.dateFormat = format
            if let d = f.date(from: s) { return d }
        }
        return nil
    }
}

/// The CSV could not be imported; every problem found is listed and nothing was stored.
public struct ImportError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var problems: [String]
    public var description: String {
        let head = problems.prefix(20).map { "\(file): \($0)" }.joined(separator: "\n")
        return problems.count > 20 ? head + "\n… and \(problems.count - 20) more" : head
    }
}
