import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import PantauTestSupport
import Synchronization
import Testing

/// The database file with its WAL and shared-memory files, as one byte string to search.
func databaseBytes(_ path: String) -> Data {
    ["", "-wal", "-shm"].reduce(into: Data()) { out, suffix in
        if let d = FileManager.default.contents(atPath: path + suffix) { out += d }
    }
}

/// Keeps every log line, metadata included, at debug level.
struct CapturingLog: LogHandler {
    final class Lines: Sendable { let all = Mutex<[String]>([]) }
    let lines: Lines
    var logLevel: Logger.Level = .debug
    var metadata: Logger.Metadata = [:]
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String,
             function: String, line: UInt) {
        lines.all.withLock { $0.append("\(level) \(message) \(metadata ?? [:]) \(self.metadata)") }
    }
}

/// `kind: api` sources crawled end to end: registry → ChannelReader over PantauFetch → store.
@Suite struct APICrawlTests {
    static func world() -> PlatformAPIServer.World {
        var w = PlatformAPIServer.World()
        let items = (0..<30).map { i in
            PlatformAPIServer.Item(id: "ig\(2_000 + i)", text: i == 3 ? "Layanan SIMBA hadir di Desa Sumurgung" : "Patroli \(i)",
                                   time: 1_796_342_400 - Int64(i) * 21_600, likes: Int64(50 + i), comments: 2)
        }
        w.instagram = [.init(name: "polrestuban", id: "17841401441775531", followers: 48_213, items: items),
                       .init(name: "polreslain", id: "17841401441775532", followers: 10, items: Array(items.prefix(2)))]
        w.tiktok = [.init(name: "act.tiktok-secret-token-1", id: "polrestuban", followers: 900, items: Array(items.prefix(5)))]
        return w
    }

    func registry(_ s: PlatformAPIServer, _ w: PlatformAPIServer.World) throws -> Registry {
        let settings = """
        platforms:
          instagram:
            api: \(s.graphURL)
            credentials:
              humas:
                user_id: "\(w.igUserID)"
                token_env: T_IG
              lama:
                user_id: "\(w.igUserID)"
                token_env: T_IG_OLD
          tiktok:
            api: \(s.tiktokURL)
            credentials:
              tt: {token_env: T_TT}
        """
        let unit = """
        unit:
          id: polres-tuban
          name: Polres Tuban
          kind: polres
        sources:
          - id: tuban-ig
            platform: instagram
            kind: api
            account: polrestuban
            credential: humas
          - id: lain-ig
            platform: instagram
            kind: api
            account: polreslain
            credential: lama
          - id: tuban-tt
            platform: tiktok
            kind: api
            account: polrestuban
        innovations:
          - id: polres-tuban-simba
            name: SIM Bhabinkamtibmas
            acronym: SIMBA
        """
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-api-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try settings.write(to: dir.appendingPathComponent("_settings.yaml"), atomically: true, encoding: .utf8)
        try unit.write(to: dir.appendingPathComponent("polres-tuban.yaml"), atomically: true, encoding: .utf8)
        let env = ["T_IG": w.graphToken, "T_IG_OLD": "EAAG-revoked-token-42", "T_TT": w.tiktok[0].name]
        return try RegistryLoader.load(directory: dir.path, environment: env)
    }

    @Test func postsAndSnapshotsAreStoredAndNoCredentialIsWrittenAnywhere() async throws {
        var w = Self.world()
        let server = try PlatformAPIServer(w)
        let reg = try registry(server, w)
        let dbPath = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-api-\(UUID()).sqlite").path
        let db = try AppDatabase(path: dbPath)
        let log = CapturingLog.Lines()
        var c = FetchConfig()
        c.delayMillis = 0
        c.timeout = 5
        var crawler = CrawlRun(registry: reg, database: db, engine: FetchEngine(config: c),
                              logger: Logger(label: "test") { _ in CapturingLog(lines: log) })
        crawler.robots = nil
        let first = try await crawler.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        #expect(first.newPosts == 30 + 5)
        #expect(first.newMatches == 2)  // the SIMBA post, on Instagram and on TikTok
        let states = Dictionary(uniqueKeysWithValues: first.channels.map { ($0.source, $0.state) })
        #expect(states == ["tuban-ig": "seen", "lain-ig": "token_expired", "tuban-tt": "seen"])
        let expired = try #require(first.channels.first { $0.source == "lain-ig" })
        #expect(expired.hint?.contains("kedaluwarsa") == true)
        // A refused token is the channel's state, not a failed crawl.
        #expect(first.errors.isEmpty && first.failed == 0)
        #expect(first.channels.first { $0.source == "tuban-ig" }?.followers == 48_213)
        let snapshots = try db.counts().engagementSnapshots
        #expect(snapshots == 35)
        let simba = try db.observedPosts().first { $0.stableID == "ig2003" }
        #expect(simba?.matches.map(\.innovationID) == ["polres-tuban-simba"])
        #expect(simba?.engagement.likes == 53)

        // A re-read stores a snapshot only for the post whose counters changed.
        w.instagram[0].items[0].likes += 7
        server.update { $0 = w }
        let second = try await crawler.syncAndRun([reg.source("tuban-ig")!], now: { Date() }, progress: Progress(enabled: false))
        #expect(second.newPosts == 0)
        #expect(try db.counts().engagementSnapshots == snapshots + 1)

        // No token in the database file, the --json summary, the debug log, any report or evidence
        // format, or a request URL; requests carried them in headers only.
        let secrets = [w.graphToken, "EAAG-revoked-token-42", w.tiktok[0].name]
        let stored = databaseBytes(dbPath)
        let reporter = Reporter(registry: reg, database: db)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-api-rep-\(UUID())").path
        let now = Date(timeIntervalSince1970: 1_796_342_400 + 86_400)
        var files = try reporter.writeWeekly(week: nil, now: now, unitIDs: nil, formats: Reporter.Format.allCases,
                                             language: .id, outDir: out).paths
        for f in Reporter.EvidenceFormat.allCases {
            files += try reporter.writeEvidence(now: now, unitIDs: nil, format: f, language: .id, outDir: out)
        }
        #expect(files.count == 7)
        let reports = try files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined()
        #expect(reports.contains("Polres Tuban"))
        // The refused token is stored as the channel's state with its hint, not as a failure.
        let health = try db.health()
        let lain = try #require(health.first { $0.sourceID == "lain-ig" })
        #expect(lain.apiState == .tokenExpired && lain.consecutiveFailures == 0 && lain.apiHint?.contains("kedaluwarsa") == true)
        #expect(health.first { $0.sourceID == "tuban-ig" }?.followers == 48_213)
        // The --json outputs: crawl summaries, `pantau sources --json` (health) and the alerts.
        let alerts = try reporter.alerts(now: now)
        let json = try JSONEncoder().encode([first, second]) + JSONEncoder().encode(health) + JSONEncoder().encode(alerts)
        let lines = log.all.withLock { $0 }.joined(separator: "\n")
        #expect(!lines.isEmpty)
        for s in secrets {
            #expect(stored.range(of: Data(s.utf8)) == nil, "database holds \(s)")
            #expect(json.range(of: Data(s.utf8)) == nil, "--json holds \(s)")
            #expect(!lines.contains(s), "log holds \(s)")
            #expect(!reports.contains(s), "a report holds \(s)")
            #expect(!server.requests.contains { $0.path.contains(s) })
        }
        try? FileManager.default.removeItem(atPath: dbPath)
        try? FileManager.default.removeItem(atPath: out)
    }

    @Test func usagePast80PercentHoldsBackTheOtherGraphSourcesWithoutCountingAFailure() async throws {
        var w = Self.world()
        w.faults["*"] = .graphUsage(percent: 95)
        let server = try PlatformAPIServer(w)
        let reg = try registry(server, w)
        let db = try AppDatabase.inMemory()
        var c = FetchConfig()
        c.delayMillis = 0
        var crawler = CrawlRun(registry: reg, database: db, engine: FetchEngine(config: c), logger: Logger(label: "test"))
        crawler.robots = nil
        let first = try await crawler.syncAndRun([reg.source("tuban-ig")!], now: { Date() }, progress: Progress(enabled: false))
        #expect(first.channels.map(\.state) == ["seen"] && first.newPosts == 25)  // one page, then it stops
        let asked = server.requests.count
        let second = try await crawler.syncAndRun([reg.source("lain-ig")!, reg.source("tuban-tt")!], now: { Date() },
                                             progress: Progress(enabled: false))
        let held = try #require(second.channels.first { $0.source == "lain-ig" })
        #expect(held.state == "rate_limited" && held.calls == 0)
        #expect(held.waitsUntil.map { $0 > Date() } == true)
        #expect(second.skipped == 1 && second.failed == 0)
        #expect(second.channels.first { $0.source == "tuban-tt" }?.state == "seen")  // TikTok is not held back
        #expect(server.requests.count > asked && !server.requests.dropFirst(asked).contains { $0.path.hasPrefix("/graph") })
        let lain = try #require(try db.health().first { $0.sourceID == "lain-ig" })
        #expect(lain.consecutiveFailures == 0)
        // `pantau sources` says it waits, and until when.
        #expect(lain.apiState == .rateLimited && lain.apiHint?.hasPrefix("Menunggu batas/kuota API Instagram sampai ") == true)
    }
}
