import Foundation
import PantauModel

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1).
enum JSONFeedReader {
    /// True when the bytes are a JSON object whose `version` names JSON Feed.
    static func looksLikeJSONFeed(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2_048), as: UTF8.self)
        return head.contains("jsonfeed.org/version")
    }

    static func read(_ bytes: [UInt8], url: String) throws(ParseError) -> FeedDocument {
        var object: Any
        var guarded = false
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            // One number out of Foundation's range must not cost the valid items: retry without it.
            guard let safe = JSONNumberGuard.neutralize(bytes),
                  let o = try? JSONSerialization.jsonObject(with: Data(safe), options: []) else {
                throw .malformedJSON(url: url, message: (error as NSError).localizedDescription)
            }
            object = o
            guarded = true
        }
        var topWarnings: [String] = []
        if guarded, var top = object as? [String: Any] {
            // Only item fields are expected here; items are scrubbed one by one below.
            let items = top.removeValue(forKey: "items")
            top = JSONNumberGuard.scrub(top, path: "", found: &topWarnings) as? [String: Any] ?? top
            if let items { top["items"] = items }
            object = top
        }
        guard let root = object as? [String: Any] else { throw .malformedJSON(url: url, message: "top level is not an object") }
        guard let format = format(version: root["version"]) else {
            throw .malformedJSON(url: url, message: "no JSON Feed \"version\"")
        }
        var doc = FeedDocument(format: format)
        if let t = root["title"] as? String, !t.isEmpty { doc.title = FeedText(value: t, isHTML: false) }
        if let l = root["home_page_url"] as? String, !l.isEmpty { doc.link = l }
        if let lang = root["language"] as? String, !lang.isEmpty { doc.language = lang }
        doc.warnings = topWarnings
        for (i, raw) in (root["items"] as? [Any] ?? []).enumerated() {
            guard var item = raw as? [String: Any] else {
                doc.warnings.append("item \(i + 1) is not an object; skipped")
                continue
            }
            var found: [String] = []
            if guarded { item = JSONNumberGuard.scrub(item, path: "", found: &found) as? [String: Any] ?? item }
            var e = entry(item)
            e.warnings = found + e.warnings
            doc.entries.append(e)
        }
        return doc
    }

    /// "json11" or "json1" for the spec's version URLs and the short forms generators write
    /// (`"1"`, `"1.0"`, `"1.1"`, or the number 1 / 1.1); nil for anything else.
    static func format(version raw: Any?) -> String? {
        var v: String
        switch raw {
        case let s as String: v = s.pythonTrimmed().lowercased()
        case let n as NSNumber where String(cString: n.objCType) != "c": v = n.stringValue  // "c" is a JSON boolean
        default: return nil
        }
        if v.contains("jsonfeed.org/version") { return v.hasSuffix("/1.1") || v.hasSuffix("/1.1/") ? "json11" : "json1" }
        if v.hasPrefix("v") { v.removeFirst() }
        switch v {
        case "1", "1.0": return "json1"
        case "1.1": return "json11"
        default: return nil
        }
    }

    private static func entry(_ item: [String: Any]) -> FeedEntry {
        var e = FeedEntry()
        if let id = item["id"] as? String { e.id = id.isEmpty ? nil : id }
        else if let n = item["id"] as? NSNumber { e.id = n.stringValue }
        if let t = item["title"] as? String, !t.isEmpty { e.title = FeedText(value: t, isHTML: false) }
        if let u = item["url"] as? String, !u.isEmpty { e.link = u }
        else if let u = item["external_url"] as? String, !u.isEmpty { e.link = u }
        if let d = item["date_published"] as? String {
            e.published = DateParser.parse(d)
            if e.published == nil, !d.isEmpty { e.warnings.append("date_published \"\(d.prefix(40))\" is not a date") }
        }
        if let d = item["date_modified"] as? String { e.updated = DateParser.parse(d) }
        e.author = authorName(item)
        if let s = item["summary"] as? String, !s.isEmpty {
            e.summary = FeedText(value: s, isHTML: false)
        }
        if let h = item["content_html"] as? String, !h.isEmpty {
            e.content = FeedText(value: h, isHTML: true)
        } else if let t = item["content_text"] as? String, !t.isEmpty {
            e.content = FeedText(value: t, isHTML: false)
        }
        if e.summary == nil, let t = item["content_text"] as? String, !t.isEmpty {
            e.summary = FeedText(value: t, isHTML: false)
        } else if e.summary == nil, let h = item["content_html"] as? String, !h.isEmpty {
            e.summary = FeedText(value: h, isHTML: true)
        }
        for case let tag as String in item["tags"] as? [Any] ?? [] where !tag.isEmpty { e.categories.append(tag) }
        for case let a as [String: Any] in item["attachments"] as? [Any] ?? [] {
            guard let u = a["url"] as? String, !u.isEmpty else { continue }
            e.enclosures.append(FeedEnclosure(url: u, type: a["mime_type"] as? String,
                                              length: (a["size_in_bytes"] as? NSNumber).flatMap { Count.bounded($0.doubleValue) }))
        }
        return e
    }

    private static func authorName(_ obj: [String: Any]) -> String? {
        if let authors = obj["authors"] as? [Any], let first = authors.first as? [String: Any],
           let n = first["name"] as? String, !n.isEmpty { return n }
        if let a = obj["author"] as? [String: Any], let n = a["name"] as? String, !n.isEmpty { return n }
        return nil
    }
}
