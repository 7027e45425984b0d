import Foundation
import PantauModel

extension FeedDocument {
    /// The entries as posts: links resolved against the document URL, text without markup.
    func posts(resolver: URLResolver) -> [Post] {
        entries.map { $0.post(resolver: resolver) }
    }

    /// One line per unreadable field of an entry, naming the entry (its position and id or link).
    var itemWarnings: [String] {
        var out = warnings
        for (i, e) in entries.enumerated() where !e.warnings.isEmpty {
            let name = (e.id ?? e.link).map { " (\($0.prefix(120)))" } ?? ""
            out += e.warnings.map { "item \(i + 1)\(name): \($0); the item is kept without it" }
        }
        return out
    }
}

extension FeedEntry {
    /// This entry as a post. `stableID` is guid / id / link, else a digest of title and date.
    func post(resolver: URLResolver) -> Post {
        // A guid that is no URL ("abc123", a tag: URI) stays an id and is not taken as a link.
        var url = linkIsGuid && !Self.looksLikeURL(link) ? nil : link.map(resolver.resolve)
        if url == nil, let id, id.hasPrefix("http://") || id.hasPrefix("https://") { url = id }
        let title = self.title?.plain.nilIfEmpty
        let text = (content ?? summary)?.plain ?? ""
        let stable = id?.nilIfEmpty ?? url ?? Self.fallbackID(title: title, text: text, published: published)
        return Post(stableID: stable, url: url, title: title, text: text, published: published ?? updated,
                    updated: updated, author: author, categories: categories,
                    engagement: Engagement(views: views, likes: likes, comments: comments, shares: shares))
    }

    /// An absolute http(s) URL or a site-relative path.
    static func looksLikeURL(_ s: String?) -> Bool {
        guard let t = s?.pythonTrimmed(), !t.isEmpty else { return false }
        let lower = t.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || t.hasPrefix("/")
    }

    /// A stable id for entries that have neither id nor link (FNV-1a of title, date and text).
    static func fallbackID(title: String?, text: String, published: Date?) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        let key = (title ?? "") + "\u{1F}" + (published.map { String(Int($0.timeIntervalSince1970)) } ?? "") + "\u{1F}" + text
        for b in key.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return "pantau:" + String(h, radix: 16)
    }
}
