import Foundation
import PantauModel
@testable import PantauStore

/// A small store's worth of everything, written the same way to both stores of a `TwinStores`:
/// sources of several units and platforms (ids that order differently by bytes and by a language's
/// rules), three crawls with posts, matches written out of order, counters that change and one out
/// of range, failures, API channel states, a quarantine, an import with its origins, a source
/// that left the registry, and a source made due by hand. Times carry fractions of a millisecond.
enum TwinFixture {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000.123_456)
    static let web = Source(id: "web", unitID: "Unit-b", platform: .website, url: "https://web.example/feed.xml")
    static let insta = Source(id: "Insta", unitID: "unit-a", platform: .instagram, kind: .api, url: "https://graph.example/1")
    static let broken = Source(id: "_broken", unitID: "unit-a", platform: .website, url: "https://broken.example/feed.xml")
    static let leaving = Source(id: "leaving", unitID: "Unit-b", platform: .youtube, url: "https://yt.example/feed")
    static let fresh = Source(id: "fresh", unitID: "unit-a", platform: .x, url: "https://x.example/feed")
    static let isAlive: @Sendable (String) -> Bool = { !$0.hasPrefix("dead") }

    static func post(_ id: String, published: Date?, title: String? = nil, views: Int? = nil, likes: Int? = nil,
                     matches: [(String, Double)] = []) -> MatchedPost {
        MatchedPost(post: Post(stableID: id, url: title == nil ? nil : "https://web.example/\(id)", title: title,
                               text: "teks \(id) SIMBA", published: published, engagement: Engagement(views: views, likes: likes)),
                    matches: matches.map { InnovationMatch(innovationID: $0.0, score: $0.1, evidence: ["acronym: \($0.0)", "unit: é \"q\""]) })
    }

    /// Writes the fixture to both stores.
    static func seed(_ twins: TwinStores) async throws {
        try await twins.both { store in try await seed(store) }
    }

    static func seed(_ store: any WorkspaceStore & CrawlStorage) async throws {
        try await store.syncSources([web, insta, broken, leaving, fresh])
        let run = try await store.startRun(command: "crawl", at: t0)
        var first = CrawlOutcome(sourceID: web.id, runID: run, url: web.url, at: t0, status: 200, bytes: 900, elapsed: 0.25,
                                 etag: "\"e1\"", nextDue: t0 + 3_600, posts: [
                                     post("p1", published: t0 - 86_400 * 3, title: "Satu", views: 10,
                                          matches: [("zeta", 0.9), ("Alpha", 0.5), ("beta", 0.7)]),
                                     post("p2", published: nil),
                                     post("p3", published: t0 - 86_400 * 9 + 0.000_4, title: "Tiga", views: 5, likes: 1,
                                          matches: [("beta", 0.4)]),
                                 ])
        first.parsed = true
        var api = CrawlOutcome(sourceID: insta.id, runID: run, url: insta.url, at: t0 + 0.000_7, status: 200, elapsed: 1.5,
                               nextDue: t0 + 7_200, posts: [post("i1", published: t0 - 3_600, title: "Foto", views: 300,
                                                                 likes: 20, matches: [("Alpha", 0.8)])])
        api.channel = APIChannelState(state: .seen, followers: 1_234)
        let failed = CrawlOutcome(sourceID: broken.id, runID: run, url: broken.url, at: t0, status: 500, elapsed: 30,
                                  problem: .http(status: 500), nextDue: t0 + 600)
        let old = CrawlOutcome(sourceID: leaving.id, runID: run, url: leaving.url, at: t0, status: 200, elapsed: 0.05,
                               posts: [post("y1", published: t0 - 60, title: "Video", views: 1, matches: [("zeta", 1)])])
        _ = try await store.saveCrawled([first, api, failed, old], owner: "me")
        try await store.finishRun(run, at: t0 + 60, sources: 4, newPosts: 5, errors: 1)

        // A day later: p1 seen again with the same counters, p3 grew, p4's views are out of range,
        // the API token was refused, the broken source failed again.
        let day = t0 + 86_400
        let again = CrawlOutcome(sourceID: web.id, runID: nil, url: web.url, at: day, status: 200, elapsed: 0.1, nextDue: day + 3_600,
                                 posts: [post("p1", published: t0 - 86_400 * 3, title: "Satu", views: 10),
                                         post("p3", published: t0 - 86_400 * 9, title: "Tiga", views: 50, likes: 4),
                                         post("p4", published: day - 10, title: "Empat", views: 2_000_000_000_000_000,
                                              matches: [("beta", 0.6), ("Alpha", 0.6)])])
        var refused = CrawlOutcome(sourceID: insta.id, runID: nil, url: insta.url, at: day, status: 401, elapsed: 0.3,
                                   problem: .http(status: 401), nextDue: day + 7_200)
        refused.channel = APIChannelState(state: .tokenExpired, hint: "renew at developers.example")
        let failedAgain = CrawlOutcome(sourceID: broken.id, runID: nil, url: broken.url, at: day, status: 0, elapsed: 10,
                                       problem: .robotsUnavailable("timeout"), nextDue: day + 600)
        let notModified = CrawlOutcome(sourceID: leaving.id, runID: nil, url: leaving.url, at: day, status: 304, notModified: true,
                                       elapsed: 0.02)
        _ = try await store.saveCrawled([again, refused, failedAgain, notModified], owner: "me")
        try await store.noteChannelWaiting(insta.id, note: "wait until tomorrow", at: day + 1)

        // The broken source's parse stopped the process twice in a row: quarantined.
        let mark = ParseMark(sourceID: broken.id, contentHash: "h1")
        try await store.markParsesUnderWay([mark], owner: "dead-1", at: day + 2)
        _ = try await store.recoverAbandonedClaims(parseDeaths: [mark], isAlive: isAlive, at: day + 3.000_6)

        // An export brings p5 (new, with its origin) and new numbers for p3.
        let batch = ImportBatch(sourceID: web.id, posts: [
            post("p5", published: day + 5, title: "Lima", views: 7, matches: [("Alpha", 0.3)]),
            post("p3", published: nil, title: "Tiga", views: 60, likes: 4),
        ])
        try await store.importPosts([batch], at: day + 30, origins: ["p5": ImportOrigin(file: "export.csv", line: 3)])

        // `leaving` leaves the registry (its posts stay, unreported); `fresh` is made due now.
        try await store.syncSources([web, insta, broken, fresh])
        _ = try await store.markDue(sourceID: fresh.id, at: day + 40)
    }
}
