import Foundation
import GRDB
import PantauModel
import PantauPipeline
import PantauStore
import Testing

/// The demo crawled into an SQLite file, as `pantau export` finds one after some use: a row in every
/// table (an imported post, a parse under way, alert state and history, an account with a session,
/// an API token, login attempts and an editor's silence), and a deleted login attempt, so SQLite
/// has given an id that no row keeps.
struct ExportFixture {
    let folder: URL
    let path: String
    let database: AppDatabase
    let registry: Registry
    let clock = PostgresDemoAgreementTests.crawlClock

    static func make() async throws -> ExportFixture {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("pantau.sqlite").path
        let database = try AppDatabase(path: path)
        let registry = try await PostgresDemoAgreementTests.crawlDemo(into: database)
        let fixture = ExportFixture(folder: folder, path: path, database: database, registry: registry)
        try await fixture.useALittle()
        return fixture
    }

    /// A workspace on the SQLite file.
    var workspace: Workspace { Workspace(registry: registry, location: .sqlite(path: path), store: database) }

    /// Rows in `table` of the SQLite file.
    func rows(_ table: String) throws -> Int {
        try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// What a few weeks of use leave in the tables a crawl does not fill.
    private func useALittle() async throws {
        // Through the seam, as the crawl, the alert job and the dashboard write.
        let store: any WorkspaceStore = database
        let crawl: any CrawlStorage = database
        let tiktok = try #require(registry.sources.first { $0.platform == .tiktok })
        let csv = folder.appendingPathComponent("tiktok.csv").path
        try "source,url,title,date,views,likes\n\(tiktok.id),https://tiktok.example/v/9,Layanan baru,2026-11-18,1200,80\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        _ = try await workspace.importCSV(csv, now: clock)
        try await crawl.markParsesUnderWay([ParseMark(sourceID: tiktok.id, contentHash: "c0ffee")], owner: "host-a:41", at: clock)
        let alerts = try await workspace.alerts(now: clock)
        let first = try #require(alerts.first)
        try await store.saveAlertStates(notifier: "webhook", alerts.prefix(3).map {
            AlertState(fingerprint: $0.fingerprint, alert: $0, status: .firing, firedAt: clock, lastNotified: clock)
        }, events: [AlertEvent(at: clock, notifier: "webhook", fingerprint: first.fingerprint, unitID: first.unitID, kind: "new",
                               delivered: false, error: "HTTP 502 from hooks.example", message: "Inovasi senyap\ttab\\garis miring")])
        let ana = try await store.saveAccount(name: "ana", unitID: first.unitID, role: .editor,
                                                 passwordHash: "$2b$12$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZa")
        try await store.createSession(tokenDigest: String(repeating: "a1", count: 32), accountID: ana.id, csrfToken: "csrf-1",
                                         expires: clock.addingTimeInterval(86_400))
        try await store.addAPIToken(tokenDigest: String(repeating: "b2", count: 32), accountID: ana.id, created: clock)
        for (n, ok) in [false, true, false].enumerated() {
            try await store.recordLoginAttempt(name: "ana", address: "10.0.0.\(n)", at: clock, succeeded: ok)
        }
        try await database.writer.write { db in
            try db.execute(sql: "DELETE FROM loginAttempt WHERE id = (SELECT MAX(id) FROM loginAttempt)")
        }
        try await store.saveAcknowledgement(AlertAcknowledgement(fingerprint: first.fingerprint, unitID: first.unitID,
                                                                    action: .silence, reason: "libur\nlebaran", by: "ana",
                                                                    at: clock, until: clock.addingTimeInterval(7 * 86_400)))
    }
}

/// Pantau's answers that depend on what `store` holds beyond the report: the alert history, the
/// accounts and the editors' answers, as JSON.
enum StoredAnswers {
    static func of(_ store: any WorkspaceStore) async throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        func json(_ value: some Encodable) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }
        return [
            "history.json": try json(try await store.alertHistory(limit: 100)),
            "states.json": try json(try await store.alertStates(notifier: "webhook")),
            "accounts.json": try json(try await store.accounts()),
            "acks.json": try json(try await store.acknowledgements(unitIDs: nil, limit: 100)),
        ]
    }
}
