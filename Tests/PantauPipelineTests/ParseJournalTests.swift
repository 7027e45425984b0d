import Foundation
import Logging
import PantauFetch
import PantauModel
@testable import PantauPipeline
import PantauStore
import PantauTestSupport
import Synchronization
import Testing

/// The parse journal: parses under way are written to a local file, not the database; the parses a
/// dead process left under way are counted by the next run, and two in a row quarantine the source.
@Suite struct ParseJournalTests {
    func temporaryFolder() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-journal-\(UUID())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func theParsesADeadProcessLeftUnderWayAreReadBackOnce() throws {
        let dir = try temporaryFolder()
        let journal = try #require(ParseJournal(directory: dir, owner: "host:1:dead"))
        let a = journal.begin(ParseMark(sourceID: "a", contentHash: "h1"))
        _ = journal.begin(ParseMark(sourceID: "b", contentHash: "h2"))
        journal.end(a)
        #expect(ParseJournal.collect(directory: dir, isAlive: { _ in true }).isEmpty, "a live process's journal is left alone")
        #expect(ParseJournal.collect(directory: dir, isAlive: { $0 != "host:1:dead" })
                == [ParseMark(sourceID: "b", contentHash: "h2")])
        #expect(ParseJournal.collect(directory: dir, isAlive: { _ in false }).isEmpty, "read once: the file is gone")
    }

    /// The pid of a process that has ended.
    func deadOwner() throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/true")
        try p.run()
        p.waitUntilExit()
        return "\(ProcessInfo.processInfo.hostName):\(p.processIdentifier):gone"
    }

    @Test func twoDeadProcessesInTheMiddleOfTheSameContentQuarantineItAndTheRunWritesNoMark() async throws {
        let feed: @Sendable (String) -> String = { path in """
            <rss version="2.0"><channel><title>x</title><item><title>Kabar \(path)</title>
            <guid>https://x.example\(path)</guid></item></channel></rss>
            """ }
        let server = try TestHTTPServer { req in .text(feed(req.path)) }
        let sources = (0..<3).map { Source(id: "s\($0)", unitID: "u", platform: .website, url: server.baseURL + "/f\($0).xml") }
        var settings = Settings()
        settings.crawl.robots = false
        let registry = Registry(units: [Unit(id: "u", name: "Polres U")], sources: sources, settings: settings)
        let dir = try temporaryFolder()
        let db = try AppDatabase(path: dir + "/p.sqlite")
        try db.syncSources(sources)
        let poison = ParseMark(sourceID: "s1", contentHash: SourceCrawl.contentHash(Array(feed("/f1.xml").utf8)))
        for _ in 1...2 {
            let journal = try #require(ParseJournal(directory: dir + "/p.sqlite.parsing", owner: try deadOwner()))
            _ = journal.begin(poison)
        }
        let storage = RecordingStorage(db)
        var config = FetchConfig()
        config.delayMillis = 0
        var run = CrawlRun(registry: registry, storage: storage, engine: FetchEngine(config: config), logger: Logger(label: "test"))
        run.parseJournalDirectory = dir + "/p.sqlite.parsing"
        let summary = try await run.run(sources: sources)
        #expect(summary.fetched == 2 && summary.failed == 1 && summary.newPosts == 2)
        #expect(summary.errors.map(\.source) == ["s1"])
        #expect(summary.errors.first?.problem.contains("dikarantina sejak") == true)
        #expect(storage.calls.withLock { $0 }.isEmpty, "no parse was marked in the database")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/p.sqlite.parsing").isEmpty,
                "the run's own journal is gone once it ended")
    }
}

/// An `AppDatabase` that records the parse marks written to it.
final class RecordingStorage: CrawlStorage {
    let db: AppDatabase
    let calls = Mutex<[String]>([])
    init(_ db: AppDatabase) { self.db = db }

    func recoverAbandonedClaims(parseDeaths: [ParseMark], isAlive: @Sendable (String) -> Bool, at: Date) throws -> [String] {
        try db.recoverAbandonedClaims(parseDeaths: parseDeaths, isAlive: isAlive, at: at)
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
