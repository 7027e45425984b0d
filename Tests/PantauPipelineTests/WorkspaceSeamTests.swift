import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import Synchronization
import Testing

/// A store that is not `AppDatabase`: it forwards to one and writes down which use cases were asked
/// for. A Workspace on it must give what it gives on SQLite, since it only speaks through the seam.
final class ForwardingStore: WorkspaceStore {
    let db: AppDatabase
    let calls = Mutex<[String]>([])
    init(_ db: AppDatabase) { self.db = db }
    func note(_ call: String) { calls.withLock { $0.append(call) } }

    func syncSources(_ sources: [Source]) async throws { note("syncSources"); try db.syncSources(sources) }
    func observedPosts(_ query: PostQuery) async throws -> StoredPosts { note("observedPosts"); return try db.observedPosts(query) }
    func health() async throws -> [SourceHealth] { note("health"); return try db.health() }
    func engagementGains(from: Date, to: Date) async throws -> [Int64: Engagement] {
        note("engagementGains")
        return try db.engagementGains(from: from, to: to)
    }
    func postTimes(of sourceIDs: Set<String>) async throws -> [String: [Date]] { note("postTimes"); return try db.postTimes(of: sourceIDs) }
    func dataState() async throws -> DataState { note("dataState"); return try db.dataState() }
    func counts() async throws -> StoreCounts { note("counts"); return try db.counts() }
    func alertStates(notifier: String) async throws -> [AlertState] { note("alertStates"); return try db.alertStates(notifier: notifier) }
    func saveAlertStates(notifier: String, _ states: [AlertState], events: [AlertEvent]) async throws {
        note("saveAlertStates")
        try db.saveAlertStates(notifier: notifier, states, events: events)
    }
    func alertHistory(limit: Int) async throws -> [AlertEvent] { note("alertHistory"); return try db.alertHistory(limit: limit) }
    func importPosts(_ batches: [ImportBatch], at: Date, origins: [String: ImportOrigin]) async throws -> Int {
        note("importPosts")
        return try db.importPosts(batches, at: at, origins: origins)
    }
    func postTexts() async throws -> [StoredPostText] { note("postTexts"); return try db.postTexts() }
    func replaceMatches(_ all: [Int64: [InnovationMatch]]) async throws -> Int { note("replaceMatches"); return try db.replaceMatches(all) }
}

@Suite struct WorkspaceSeamTests {
    @Test func anotherStoreGivesTheSameReportAlertsAndEvidenceAndCannotCrawlYet() async throws {
        let feed = try FeedServer()
        feed.publish(WorkspaceFixture.week47)
        let f = try WorkspaceFixture(feedBase: feed.server.baseURL)
        let sqlite = try f.open()
        _ = try await sqlite.crawl(CrawlRequest(all: true))
        let store = ForwardingStore(try AppDatabase(path: f.database))
        let other = Workspace(registry: sqlite.registry, location: .postgres(url: Secret("postgres://x@db/pantau")), store: store)
        let now = WorkspaceFixture.afterW47

        #expect(try await other.weeklyReport(now: now).report == sqlite.weeklyReport(now: now).report)
        #expect(try await other.alerts(now: now) == sqlite.alerts(now: now))
        #expect(try await other.evidence(now: now) == sqlite.evidence(now: now))
        #expect(try await other.sources(now: now).health == sqlite.sources(now: now).health)
        #expect(try await other.rematch().matches == 1)
        #expect(Set(store.calls.withLock { $0 }).isSuperset(of: ["dataState", "observedPosts", "health", "engagementGains",
                                                                "syncSources", "postTimes", "postTexts", "replaceMatches"]))

        let refused = try await #require(throws: WorkspaceError.self) { try await other.crawl() }
        #expect(refused.text(.en).contains("not available in this build"))
        #expect(!refused.text(.en).contains("postgres://x@"))
    }
}
