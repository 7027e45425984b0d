import Foundation
import PantauModel

/// schema.org data from `<script type="application/ld+json">` blocks.
struct JSONLD {
    /// Every object found, flattened out of arrays and `@graph`.
    var objects: [[String: Any]] = []

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "socialmediaposting",
        "videoobject", "webpage", "liveblogposting", "opinionnewsarticle", "backgroundnewsarticle",
    ]

    mutating func add(json text: String) {
        guard text.utf8.count < 2_000_000,
              let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return }
        flatten(obj, depth: 0)
    }

    private mutating func flatten(_ obj: Any, depth: Int) {
        guard depth < 8 else { return }
        if let arr = obj as? [Any] {
            for a in arr.prefix(200) { flatten(a, depth: depth + 1) }
        } else if let dict = obj as? [String: Any] {
            objects.append(dict)
            if let g = dict["@graph"] { flatten(g, depth: depth + 1) }
            if let m = dict["mainEntity"] as? [String: Any] { flatten(m, depth: depth + 1) }
        }
    }

    static func types(_ obj: [String: Any]) -> [String] {
        if let t = obj["@type"] as? String { return [t.lowercased()] }
        if let ts = obj["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    /// The first article-like object (an Article subtype before a plain WebPage).
    var article: [String: Any]? {
        objects.first { Self.types($0).contains { Self.articleTypes.contains($0) && $0 != "webpage" } }
            ?? objects.first { Self.types($0).contains("webpage") && $0["datePublished"] != nil }
    }

    /// A string field, or the `name` of an object / first element of an array.
    static func string(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s.isEmpty ? nil : s
        case let n as NSNumber: return n.stringValue
        case let d as [String: Any]: return string(d["name"]) ?? string(d["@id"])
        case let a as [Any]: return a.lazy.compactMap { string($0) }.first
        default: return nil
        }
    }

    /// URL-ish field: string, `{"url": …}` or `{"@id": …}`.
    static func url(_ v: Any?) -> String? {
        switch v {
        case let s as String: return s.isEmpty ? nil : s
        case let d as [String: Any]: return url(d["url"]) ?? url(d["@id"])
        case let a as [Any]: return a.lazy.compactMap { url($0) }.first
        default: return nil
        }
    }

    /// Counters from `interactionStatistic` (and `commentCount`).
    static func engagement(_ obj: [String: Any], into e: inout EngagementCounts) {
        var stats: [Any] = []
        if let a = obj["interactionStatistic"] as? [Any] { stats = a } else if let d = obj["interactionStatistic"] { stats = [d] }
        for case let s as [String: Any] in stats {
            let kind = string((s["interactionType"] as? [String: Any])?["@type"]) ?? string(s["interactionType"]) ?? ""
            guard let count = number(s["userInteractionCount"]) else { continue }
            e.add(kind: kind, count: count)
        }
        if e.comments == nil, let c = number(obj["commentCount"]) { e.comments = c }
    }

    static func number(_ v: Any?) -> Int? {
        switch v {
        case let n as NSNumber:
            return Count.bounded(n.doubleValue)
        case let s as String: return EngagementCounts.parseCount(s)
        default: return nil
        }
    }
}

/// Counters gathered from a page.
struct EngagementCounts {
    var views: Int?
    var likes: Int?
    var comments: Int?
    var shares: Int?

    /// Adds a counter by schema.org action type ("LikeAction", "https://schema.org/CommentAction", …).
    mutating func add(kind raw: String, count: Int) {
        let k = raw.lowercased()
        // A sum of believable counts can still leave the believable range: then it is unknown.
        func plus(_ v: Int?) -> Int? { Count.bounded(Count.add(v ?? 0, count)) }
        if k.hasSuffix("likeaction") || k.hasSuffix("agreeaction") || k.hasSuffix("reactaction") { likes = plus(likes) }
        else if k.hasSuffix("commentaction") || k.hasSuffix("replyaction") { comments = plus(comments) }
        else if k.hasSuffix("shareaction") { shares = plus(shares) }
        else if k.hasSuffix("watchaction") || k.hasSuffix("viewaction") || k.hasSuffix("readaction") { views = plus(views) }
    }

    /// "1234", "1.234", "1,234", "1,2 rb", "3K", "1.5M", "2 jt".
    static func parseCount(_ s: String) -> Int? {
        let t = s.pythonTrimmed().lowercased()
        guard !t.isEmpty, t.count < 32 else { return nil }
        if let v = Int(t) { return Count.bounded(v) }
        var number = ""
        var suffix = ""
        for ch in t {
            if ch.isNumber || ch == "." || ch == "," { if suffix.isEmpty { number.append(ch) } else { return nil } }
            else if ch == " " { continue }
            else { suffix.append(ch) }
        }
        let mult: Double
        switch suffix {
        case "": mult = 1
        case "k", "rb", "ribu": mult = 1_000
        case "m", "jt", "juta": mult = 1_000_000
        case "b", "miliar", "m+": mult = 1_000_000_000
        default: return nil
        }
        if mult == 1 {
            let digits = number.filter(\.isNumber)
            return Count.parse(digits)
        }
        guard let v = Double(number.replacingOccurrences(of: ",", with: ".")) else { return nil }
        return Count.bounded(v * mult)
    }
}
