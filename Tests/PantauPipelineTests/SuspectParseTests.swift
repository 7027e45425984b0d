import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauStore
import PantauTestSupport
import Synchronization
import Testing

/// The parse guard in a run: the usual source costs no write; a source that was under way when a
/// process died is parsed alone, under a mark of its own, and is cleared once its parse lived.
@Suite struct SuspectParseTests {
    @Test func onlyASourceLeftUnderWayByADeadProcessIsMarkedAndItIsClearedAfter() async throws {
        let server = try TestHTTPServer { req in
            .text("""
            <rss version="2.0"><channel><title>x</title><item><title>Kabar \(req.path)</title>
            <guid>https://x.example\(req.path)</guid></item></channel></rss>
            """)
        }
        let sources = (0..<3).map { Source(id: "s\($0)", unitID: "u", platform: .website, url: server.baseURL + "/f\($0).xml") }
        var settings = Settings()
        settings.crawl.robots = false
        let registry = Registry(units: [Unit(id: "u", name: "Polres U")], sources: sources, settings: settings)
        let db = try AppDatabase.inMemory()
        try db.syncSources(sources)
        // A process on another host claimed s1 and was never heard of again: its lease ran out.
        _ = try await db.claimSources(["s1"], owner: "elsewhere:1:gone", at: Date() - 700, until: Date() - 100)
        let storage = RecordingStorage(db)
        var config = FetchConfig()
        config.delayMillis = 0
        let run = CrawlRun(registry: registry, storage: storage, engine: FetchEngine(config: config), logger: Logger(label: "test"))
        let summary = try await run.run(sources: sources)
        #expect(summary.fetched == 3 && summary.failed == 0 && summary.newPosts == 3)
        #expect(storage.calls.withLock { $0 } == ["mark s1", "ended s1"])
        let again = try await db.claimSources(["s0", "s1", "s2"], owner: "later", at: Date(), until: Date() + 60)
        #expect(again.map(\.deaths) == [0, 0, 0], "s1's parse lived: no longer a suspect")
    }
}

/// An `AppDatabase` that records the parse marks written through it.
final class RecordingStorage: CrawlStorage {
    let db: AppDatabase
    let calls = Mutex<[String]>([])
    init(_ db: AppDatabase) { self.db = db }

    func recoverAbandonedClaims(isAlive: @Sendable (String) -> Bool, at: Date) throws -> [String] {
        try db.recoverAbandonedClaims(isAlive: isAlive, at: at)
    }
    func startRun(command: String, at: Date) throws -> Int64 { try db.startRun(command: command, at: at) }
    func finishRun(_ id: Int64, at: Date, sources: Int, newPosts: Int, errors: Int) throws {
        try db.finishRun(id, at: at, sources: sources, newPosts: newPosts, errors: errors)
    }
    func dueSourceIDs(at: Date) throws -> Set<String> { try db.dueSourceIDs(at: at) }
    func claimSources(_ sourceIDs: [String], owner: String, at: Date, until: Date) throws -> [ClaimedSource] {
        try db.claimSources(sourceIDs, owner: owner, at: at, until: until)
    }
    func releaseClaims(_ sourceIDs: [String], owner: String) throws { try db.releaseClaims(sourceIDs, owner: owner) }
    func markParsesUnderWay(_ marks: [ParseMark], owner: String, at: Date) throws {
        calls.withLock { $0 += marks.map { "mark \($0.sourceID)" } }
        try db.markParsesUnderWay(marks, owner: owner, at: at)
    }
    func parsesEnded(_ sourceIDs: [String]) throws {
        calls.withLock { $0 += sourceIDs.map { "ended \($0)" } }
        try db.parsesEnded(sourceIDs)
    }
    func saveCrawled(_ outcomes: [CrawlOutcome], owner: String) throws -> [Result<Int, StoreError>] {
        try db.saveCrawled(outcomes, owner: owner)
    }
    func parseQuarantines() throws -> [String: ParseQuarantine] { try db.parseQuarantines() }
    func noteChannelWaiting(_ sourceID: String, note: String, at: Date) throws {
        try db.noteChannelWaiting(sourceID, note: note, at: at)
    }
    func earliestDue() throws -> Date? { try db.earliestDue() }
    func counts() throws -> StoreCounts { try db.counts() }
}
