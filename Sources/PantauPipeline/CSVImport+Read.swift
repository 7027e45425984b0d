import Foundation
import PantauModel
import SwiftCSV

/// The pure half of `pantau import`: CSV text to checked rows (see `CSVImport`). No matching, no
/// database, so that it can be tested and fuzzed on its own.
extension CSVImport {
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

    /// One checked row: the registry source it belongs to and the post it describes.
    public struct Row: Sendable {
        public var sourceID: String
        public var unitID: String
        public var post: Post
        /// The row's line in the file (the header is line 1), kept as the post's origin.
        public var line: Int
    }

    /// Reads and checks the whole file (no matching, no storing): every row, or every problem found
    /// (each naming its line and column), never a part of the rows.
    public static func read(_ data: [UInt8], file path: String, registry: Registry) throws(ImportError) -> [Row] {
        guard var text = String(validating: data, as: UTF8.self) else {
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

        var rows: [Row] = []
        for (n, row) in csv.rows.enumerated() {
            let line = n + 2
            func cell(_ key: String) -> String? {
                guard let i = column[key], i < row.count else { return nil }
                let v = row[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard let sourceID = cell("source"), let source = registry.source(sourceID) else {
                problems.append("line \(line), column \(column["source"]! + 1): source \"\(cell("source") ?? "")\" is not in the registry")
                continue
            }
            guard let url = cell("url"), let u = URL(string: url), let scheme = u.scheme?.lowercased(),
                  scheme == "http" || scheme == "https" else {
                problems.append("line \(line), column \(column["url"]! + 1): url \"\(cell("url") ?? "")\" is not an http(s) link")
                continue
            }
            var counts: [String: Int] = [:]
            for key in ["views", "likes", "comments", "shares"] {
                guard let v = cell(key) else { continue }
                switch CSVNumber.count(v) {
                case let .success(number): counts[key] = number
                case let .failure(p):
                    problems.append("line \(line), column \(column[key]! + 1): \(key) \"\(v)\" \(p.sentence)")
                }
            }
            var published: Date?
            if let d = cell("published") {
                published = parseDate(d)
                if published == nil { problems.append("line \(line), column \(column["published"]! + 1): published \"\(d)\" is not a date (use 2026-11-16 or ISO 8601)") }
            }
            let post = Post(stableID: url, url: url, title: cell("title"), text: cell("text") ?? "", published: published,
                            engagement: Engagement(views: counts["views"], likes: counts["likes"],
                                                   comments: counts["comments"], shares: counts["shares"]))
            rows.append(Row(sourceID: sourceID, unitID: source.unitID, post: post, line: line))
        }
        guard problems.isEmpty else { throw ImportError(file: path, problems: problems) }
        return rows
    }


    /// Digits, `-`, `/`, `:`, `.`, `+`, space, `T` and `Z`.
    private static let dateBytes = Set(Array("0123456789-/:.+ TZ".utf8))

    /// 2026-11-16, 16/11/2026, or ISO 8601 with time; plain dates are midnight in Asia/Jakarta.
    static func parseDate(_ s: String) -> Date? {
        // Only the characters these formats use reach Foundation's formatters: on Linux they trap on
        // some other text (e.g. a combining mark: "Incorrect range CFRange"), found by Fuzz/run.sh csv.
        guard !s.isEmpty, s.utf8.count <= 40, s.utf8.allSatisfy({ dateBytes.contains($0) }) else { return nil }
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
