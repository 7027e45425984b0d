import Foundation
import PantauModel
import PantauParse

/// Renders a parse for people (a table) or scripts (JSON).
enum ParseOutput {
    static func json(_ o: ParseOutcome, input: String) throws -> String {
        struct Out: Encodable {
            var file: String
            var format: String
            var title: String?
            var ttlSeconds: Int?
            var recovered: Bool
            var feeds: [String]
            var links: [String]
            var posts: [Post]
        }
        let enc = JSONEncoder()
        enc.dateEncodingStrategy = .iso8601
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try enc.encode(Out(file: input, format: o.format, title: o.title, ttlSeconds: o.ttlSeconds,
                                      recovered: o.recovered, feeds: o.feeds, links: o.links, posts: o.posts))
        return String(decoding: data, as: UTF8.self)
    }

    static func table(_ o: ParseOutcome, input: String) -> String {
        var lines: [String] = []
        var head = "\(input): \(o.format)"
        if let t = o.title { head += " \"\(t)\"" }
        head += ", \(o.posts.count) post\(o.posts.count == 1 ? "" : "s")"
        if !o.links.isEmpty { head += ", \(o.links.count) link\(o.links.count == 1 ? "" : "s") to follow" }
        if let ttl = o.ttlSeconds { head += ", ttl \(ttl / 60) min" }
        if o.recovered { head += " (not well-formed; read leniently)" }
        lines.append(head)
        if !o.posts.isEmpty {
            lines.append(row(["published (WIB)", "views", "likes", "comments", "shares", "title"]))
            for p in o.posts {
                let e = p.engagement
                lines.append(row([p.published.map(jakarta) ?? "-", num(e.views), num(e.likes), num(e.comments), num(e.shares),
                                  String((p.title ?? p.text).prefix(70))]))
                if let u = p.url { lines.append("    " + u) }
            }
        }
        for l in o.links { lines.append("  → " + l) }
        for f in o.feeds { lines.append("  feed: " + f) }
        return lines.joined(separator: "\n")
    }

    private static func row(_ cols: [String]) -> String {
        let widths = [17, 8, 7, 8, 7]
        var out = ""
        for (i, c) in cols.enumerated() {
            if i < widths.count {
                out += c.padding(toLength: max(widths[i], c.count), withPad: " ", startingAt: 0) + " "
            } else {
                out += c
            }
        }
        return out
    }

    private static func num(_ v: Int?) -> String {
        guard let v else { return "-" }
        // Indonesian grouping: 15.234
        var s = String(v)
        var i = s.count - 3
        while i > 0 {
            s.insert(".", at: s.index(s.startIndex, offsetBy: i))
            i -= 3
        }
        return s
    }

    private static func jakarta(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Jakarta")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: d)
    }
}
