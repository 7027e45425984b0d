import Foundation
import PantauModel

/// Renders a parse for people (a table) or scripts (JSON, one object per file and line), straight
/// into the output buffer: nothing is built whole, so the writers keep up with the parser.
enum ParseOutput {
    /// `{"feeds":[…],"file":…,"format":…,"links":[…],"posts":[…],"recovered":…,"title":…,"ttlSeconds":…}`:
    /// keys sorted, absent values left out, dates in ISO 8601 UTC (what `JSONEncoder` with sorted
    /// keys and `.iso8601` dates gave before, without its cost).
    static func json(_ o: ParseOutcome, input: String, to out: inout StdoutSink) {
        out.write("{\"feeds\":")
        strings(o.feeds, to: &out)
        out.write(",\"file\":")
        out.quoted(input)
        out.write(",\"format\":")
        out.quoted(o.format)
        out.write(",\"links\":")
        strings(o.links, to: &out)
        out.write(",\"posts\":[")
        for (i, p) in o.posts.enumerated() {
            if i > 0 { out.byte(0x2C) }
            post(p, to: &out)
        }
        out.write("],\"recovered\":")
        out.write(o.recovered ? "true" : "false")
        if let t = o.title {
            out.write(",\"title\":")
            out.quoted(t)
        }
        if let ttl = o.ttlSeconds {
            out.write(",\"ttlSeconds\":")
            out.int(ttl)
        }
        out.write("}\n")
    }

    private static func post(_ p: Post, to out: inout StdoutSink) {
        out.byte(0x7B)
        if let a = p.author {
            out.write("\"author\":")
            out.quoted(a)
            out.byte(0x2C)
        }
        out.write("\"categories\":")
        strings(p.categories, to: &out)
        out.write(",\"engagement\":{")
        var first = true
        for (key, value) in [("comments", p.engagement.comments), ("likes", p.engagement.likes),
                             ("shares", p.engagement.shares), ("views", p.engagement.views)] {
            guard let value else { continue }
            if !first { out.byte(0x2C) }
            first = false
            out.quoted(key)
            out.byte(0x3A)
            out.int(value)
        }
        out.byte(0x7D)
        if let d = p.published { date("published", d, to: &out) }
        out.write(",\"stableID\":")
        out.quoted(p.stableID)
        out.write(",\"text\":")
        out.quoted(p.text)
        if let t = p.title {
            out.write(",\"title\":")
            out.quoted(t)
        }
        if let d = p.updated { date("updated", d, to: &out) }
        if let u = p.url {
            out.write(",\"url\":")
            out.quoted(u)
        }
        out.byte(0x7D)
    }

    private static func date(_ key: String, _ d: Date, to out: inout StdoutSink) {
        out.write(",\"" + key + "\":\"")
        out.date(d)
        out.byte(0x22)
    }

    private static func strings(_ list: [String], to out: inout StdoutSink) {
        out.byte(0x5B)
        for (i, s) in list.enumerated() {
            if i > 0 { out.byte(0x2C) }
            out.quoted(s)
        }
        out.byte(0x5D)
    }

    /// The table: a head line, then one row (and the link) per post, then links and feeds.
    static func table(_ o: ParseOutcome, input: String, to out: inout StdoutSink) {
        var head = "\(input): \(o.format)"
        if let t = o.title { head += " \"\(t)\"" }
        head += ", \(o.posts.count) post\(o.posts.count == 1 ? "" : "s")"
        if !o.links.isEmpty { head += ", \(o.links.count) link\(o.links.count == 1 ? "" : "s") to follow" }
        if let ttl = o.ttlSeconds { head += ", ttl \(ttl / 60) min" }
        if o.recovered { head += " (not well-formed; read leniently)" }
        out.write(head + "\n")
        if !o.posts.isEmpty {
            row(["published (WIB)", "views", "likes", "comments", "shares"], last: "title", to: &out)
            for p in o.posts {
                let e = p.engagement
                let when = p.published.map { LocalFormat.isoMinute($0, zone: ISOWeek.jakarta) } ?? "-"
                row([when, num(e.views), num(e.likes), num(e.comments), num(e.shares)],
                    last: String((p.title ?? p.text).prefix(70)), to: &out)
                if let u = p.url { out.write("    " + u + "\n") }
            }
        }
        for l in o.links { out.write("  → " + l + "\n") }
        for f in o.feeds { out.write("  feed: " + f + "\n") }
    }

    /// Columns padded to 17, 8, 7, 8 and 7 characters, then the last one as it is.
    private static func row(_ cols: [String], last: String, to out: inout StdoutSink) {
        let widths = [17, 8, 7, 8, 7]
        var line = ""
        for (i, c) in cols.enumerated() {
            line += c
            let n = c.count
            if n < widths[i] { line += String(repeating: " ", count: widths[i] - n) }
            line += " "
        }
        out.write(line + last + "\n")
    }

    /// Indonesian grouping: 15.234
    private static func num(_ v: Int?) -> String {
        v.map { LocalFormat.integer($0, language: .id) } ?? "-"
    }
}
