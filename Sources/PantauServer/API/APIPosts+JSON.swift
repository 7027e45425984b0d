import Foundation
import PantauModel

extension API.PostPage {
    /// The page as `APIError.encoder` writes it (sorted snake_case keys, ISO 8601 dates in UTC,
    /// absent values left out), written by hand: the posts API is the busiest answer, and the
    /// generic encoder spent a third of its time. `APIJSONTests` holds the two to the same JSON.
    var json: String {
        var out = "{"
        out.reserveCapacity(posts.count * 320 + 64)
        if let nextCursor {
            out += "\"next_cursor\":"
            JSONText.quote(nextCursor, into: &out)
            out += ","
        }
        out += "\"posts\":["
        for (i, p) in posts.enumerated() {
            if i > 0 { out += "," }
            p.write(into: &out)
        }
        out += "]}"
        return out
    }
}

extension API.PostItem {
    func write(into out: inout String) {
        out += "{\"engagement\":{"
        var first = true
        for (key, value) in [("comments", engagement.comments), ("likes", engagement.likes), ("shares", engagement.shares),
                             ("views", engagement.views)] {
            guard let value else { continue }
            out += first ? "\"" : ",\""
            out += key + "\":" + String(value)
            first = false
        }
        out += "},\"id\":" + String(id) + ",\"matches\":["
        for (i, m) in matches.enumerated() {
            out += i > 0 ? ",{\"evidence\":[" : "{\"evidence\":["
            for (k, e) in m.evidence.enumerated() {
                if k > 0 { out += "," }
                JSONText.quote(e, into: &out)
            }
            out += "],\"innovation_id\":"
            JSONText.quote(m.innovationId, into: &out)
            out += ",\"score\":" + API.number(m.score) + "}"
        }
        out += "],\"platform\":"
        JSONText.quote(platform, into: &out)
        out += ",\"source_id\":"
        JSONText.quote(sourceId, into: &out)
        out += ",\"time\":\"" + API.isoUTC(time) + "\""
        if let title { out += ",\"title\":"; JSONText.quote(title, into: &out) }
        out += ",\"unit_id\":"
        JSONText.quote(unitId, into: &out)
        if let url { out += ",\"url\":"; JSONText.quote(url, into: &out) }
        out += "}"
    }
}

extension API {
    /// A JSON number as JSONEncoder writes a Double: whole numbers without a fraction.
    static func number(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    /// "2026-11-17T03:04:05Z", as the `.iso8601` date strategy writes (whole seconds, UTC), from the
    /// project's own ISO writer.
    static func isoUTC(_ date: Date) -> String {
        let text = LocalFormat.isoTime(date, zone: utc)  // "…+00:00"
        // Before the Gregorian reform Foundation counts in the Julian calendar: leave those to it.
        guard let year = Int(text.prefix(4)), year > 1582, !text.hasPrefix("-") else { return ISO8601DateFormatter().string(from: date) }
        return text.dropLast(6) + "Z"
    }

    private static let utc = TimeZone(identifier: "UTC")!
}
