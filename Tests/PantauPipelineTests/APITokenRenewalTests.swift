import Foundation
import Logging
import PantauFetch
import PantauModel
import PantauPipeline
import PantauRegistry
import PantauStore
import PantauTestSupport
import Testing

/// A TikTok token renewed in one run is used by the next run (refresh tokens rotate), and is kept
/// only in the state file beside the database, never in the database itself.
@Suite struct APITokenRenewalTests {
    @Test func theNextRunUsesTheRenewedTokenWithoutRefreshingAgain() async throws {
        var w = PlatformAPIServer.World()
        w.tiktok = [.init(name: "act.renewed-1111111111", id: "polrestuban", followers: 5,
                          items: [.init(id: "7301", text: "Patroli", time: 1_796_342_400, likes: 3)])]
        w.tiktokRefresh = ["rft.configured-2222222222": ("act.renewed-1111111111", "rft.rotated-3333333333")]
        let server = try PlatformAPIServer(w)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-tt-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
        platforms:
          tiktok:
            api: \(server.tiktokURL)
            credentials:
              tt:
                token_env: T
                refresh_token_env: R
                client_key_env: K
                client_secret_env: S
        """.write(to: dir.appendingPathComponent("_settings.yaml"), atomically: true, encoding: .utf8)
        try """
        unit: {id: polres-tuban, name: Polres Tuban}
        sources:
          - {id: tuban-tt, platform: tiktok, kind: api, account: polrestuban}
        """.write(to: dir.appendingPathComponent("polres-tuban.yaml"), atomically: true, encoding: .utf8)
        let env = ["T": "act.expired-0000000000", "R": "rft.configured-2222222222", "K": w.tiktokClientKey, "S": w.tiktokClientSecret]
        let reg = try RegistryLoader.load(directory: dir.path, environment: env)
        let dbPath = dir.appendingPathComponent("pantau.sqlite").path
        func run() async throws -> CrawlSummary {
            var c = FetchConfig()
            c.delayMillis = 0
            let crawler = CrawlRun(registry: reg, database: try AppDatabase(path: dbPath), engine: FetchEngine(config: c),
                                  logger: Logger(label: "test"))
            return try await crawler.syncAndRun(reg.sources, now: { Date() }, progress: Progress(enabled: false))
        }
        let first = try await run()
        #expect(first.channels.map(\.state) == ["seen"] && first.newPosts == 1)
        // The configured refresh token is spent now: a second refresh with it would be refused.
        server.update { $0.tiktokRefresh = [:] }
        let second = try await run()
        #expect(second.channels.map(\.state) == ["seen"])
        #expect(server.requests.filter { $0.path == "/tiktok/oauth/token/" }.count == 1)
        let state = try String(contentsOfFile: dbPath + ".platforms", encoding: .utf8)
        #expect(state.contains("rft.rotated-3333333333"))
        let stored = databaseBytes(dbPath)
        #expect(!stored.isEmpty)
        for s in ["act.renewed-1111111111", "rft.rotated-3333333333", "act.expired-0000000000", w.tiktokClientSecret] {
            #expect(stored.range(of: Data(s.utf8)) == nil)
        }
        try? FileManager.default.removeItem(at: dir)
    }
}
