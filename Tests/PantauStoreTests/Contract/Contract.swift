import Foundation
import PantauModel
import PantauStore

/// Values the contract tests build their stores from: sources, posts and crawl outcomes, at fixed times.
enum Contract {
    /// Friday 15 January 2027, 08:00 UTC.
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)
    static let hour: TimeInterval = 3_600
    static let day: TimeInterval = 86_400

    /// Owners whose name starts with "dead" are dead processes; every other owner is alive.
    static let isAlive: @Sendable (String) -> Bool = { !$0.hasPrefix("dead") }

    static func source(_ id: String, unit: String = "u1", platform: Platform = .website) -> Source {
        Source(id: id, unitID: unit, platform: platform, url: "https://\(id).example/feed.xml")
    }

    static func post(_ id: String, published: Date? = nil, engagement: Engagement = Engagement(),
                     matches: [String] = []) -> MatchedPost {
        MatchedPost(post: Post(stableID: id, url: "https://example.org/\(id)", title: "Judul \(id)", text: "teks \(id)",
                               published: published, engagement: engagement),
                    matches: matches.map { InnovationMatch(innovationID: $0, score: 0.9, evidence: ["acronym: \($0)"]) })
    }

    /// A crawl of `source` at `at` that went well (or failed with `problem`), due again an hour later.
    static func outcome(_ source: Source, at: Date, posts: [MatchedPost] = [], problem: CrawlProblem? = nil,
                        runID: Int64? = nil, etag: String? = nil) -> CrawlOutcome {
        CrawlOutcome(sourceID: source.id, runID: runID, url: source.url, at: at, status: problem == nil ? 200 : 0,
                     bytes: 100, elapsed: 0.2, problem: problem, etag: etag ?? "\"\(source.id)\"", nextDue: at + hour,
                     posts: posts)
    }

    /// A store holding `sources` (a and b of unit u1 by default).
    static func sync(_ store: any WorkspaceStore & CrawlStorage, _ sources: [Source] = [source("a"), source("b")]) async throws {
        try await store.syncSources(sources)
    }

    /// New posts per outcome; a failed save reads as -1.
    static func newPosts(_ results: [Result<Int, StoreError>]) -> [Int] {
        results.map { (try? $0.get()) ?? -1 }
    }
}
