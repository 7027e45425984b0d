import Foundation
import PantauMatch
import PantauModel
import PantauStore

/// `pantau suggest`: candidate aliases for units and innovations from the stored posts, each with its
/// evidence and the YAML lines to add. Reads only; the registry is never written.
public enum Suggest {
    public struct Result: Sendable, Codable {
        /// Stored posts read.
        public var posts: Int
        public var suggestions: [AliasSuggestion]
    }

    /// Reads every stored post (with the unit of the channel it came from) and lists the candidates.
    public static func run(registry: Registry, database: AppDatabase) throws -> Result {
        result(registry: registry, posts: try database.postTexts())
    }

    static func result(registry: Registry, posts stored: [StoredPostText]) -> Result {
        let matcher = Matcher(units: registry.units, innovations: registry.innovations)
        let unitOf = Dictionary(registry.sources.map { ($0.id, $0.unitID) }, uniquingKeysWith: { a, _ in a })
        let posts = stored.map {
            MatchPost(id: String($0.id), title: $0.title, text: $0.text, url: $0.url, unitID: unitOf[$0.sourceID])
        }
        return Result(posts: posts.count, suggestions: matcher.suggestAliases(posts))
    }
}
