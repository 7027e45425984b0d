import Foundation
import PantauModel
import PantauPipeline
import PantauPlatforms
import Testing

/// The YouTube budget and renewed TikTok tokens outlive a run through the state file beside the database.
@Suite struct PlatformSessionTests {
    static let pacificMidnight = Date(timeIntervalSince1970: 1_796_371_200)  // 2026-12-04 00:00 PST

    static func platforms(quota: Int) -> PlatformSettings {
        PlatformSettings(youtube: YouTubePlatform(api: "http://127.0.0.1:9", key: Secret("AIza-k"), origin: "test", quotaPerDay: quota))
    }

    func stateFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).sqlite.platforms").path
    }

    @Test func runsOnOneDatabaseShareOneBudget() throws {
        let path = stateFile()
        let p = Self.platforms(quota: 2_400)  // 100 units at once, then 100 an hour
        let t0 = Self.pacificMidnight
        let first = PlatformSession(platforms: p, stateFile: path)
        // One call of 100 units, not 100 calls: each call locks, writes and fsyncs the file, and 100
        // fsyncs on a busy disk held a test thread for half a minute, starving the other suites.
        #expect(first.spend(at: t0)(100) == nil)
        // A second run (a new process) finds the units spent and waits its turn.
        let second = PlatformSession(platforms: p, stateFile: path)
        let wait = try #require(second.spend(at: t0)(1))
        #expect(wait > t0 && wait < t0.addingTimeInterval(60))
        #expect(second.youTubeQuota(at: t0).spent == 100)
        // The next Pacific day starts from zero.
        #expect(second.spend(at: t0.addingTimeInterval(86_400))(100) == nil)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test func anInMemoryDatabaseKeepsNoFile() {
        #expect(PlatformSession.stateFile(forDatabase: ":memory:") == nil)
        #expect(PlatformSession.stateFile(forDatabase: "/var/lib/pantau/pantau.sqlite") == "/var/lib/pantau/pantau.sqlite.platforms")
        let s = PlatformSession(platforms: Self.platforms(quota: 24))
        #expect(s.spend(at: Self.pacificMidnight)(1) == nil)
        #expect(s.spend(at: Self.pacificMidnight)(1) != nil)
    }
}
