import Foundation
import PantauMatch
import PantauModel
import PantauStore

/// Re-links every stored post to innovations after a registry change.
public enum Rematch {
    public struct Summary: Sendable, Codable {
        public var posts: Int
        public var matchedPosts: Int
        public var matches: Int
        public var seconds: Double
    }

    /// Matches all stored posts again with the current registry and replaces the stored matches.
    public static func run(registry: Registry, database: AppDatabase) throws -> Summary {
        let started = Date()
        let posts = try database.postTexts()
        let all = matches(registry: registry, posts: posts)
        let n = try database.replaceMatches(all)
        return Summary(posts: posts.count, matchedPosts: all.count, matches: n, seconds: Date().timeIntervalSince(started))
    }

    /// The matches of every post with the registry, by post id (posts without a match left out).
    static func matches(registry: Registry, posts: [StoredPostText]) -> [Int64: [InnovationMatch]] {
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        let unitOf = Dictionary(registry.sources.map { ($0.id, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        var all: [Int64: [InnovationMatch]] = [:]
        for p in posts {
            let ms = matcher.match(MatchPost(id: String(p.id), title: p.title, text: p.text, url: p.url,
                                             unitID: unitOf[p.sourceID]))
            if !ms.isEmpty { all[p.id] = ms }
        }
        return all
    }
}
