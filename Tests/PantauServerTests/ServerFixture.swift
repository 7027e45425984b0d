import Foundation
import Hummingbird
import Logging
import HummingbirdTesting
import PantauModel
import PantauPipeline
import PantauServer
import PantauStore

/// A small police hierarchy with imported posts, accounts for every role, and the dashboard on it:
/// Polda Jatim ⟶ Polres Tuban ⟶ Polsek Senori, and Polda Jatim ⟶ Polres Gresik.
struct ServerFixture {
    static let password = "rahasia-sekali-99"

    let dir: URL
    let workspace: Workspace
    let dashboard: Dashboard

    static let registry = Registry(
        units: [Unit(id: "polda-jatim", name: "Polda Jawa Timur", kind: .polda),
                Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres, parent: "polda-jatim"),
                Unit(id: "polsek-senori", name: "Polsek Senori", kind: .polsek, parent: "polres-tuban"),
                Unit(id: "polres-gresik", name: "Polres Gresik", kind: .polres, parent: "polda-jatim")],
        sources: [Source(id: "tuban-web", unitID: "polres-tuban", platform: .website, url: "https://tuban.example/berita"),
                  Source(id: "tuban-ig", unitID: "polres-tuban", platform: .instagram, url: "https://instagram.example/polrestuban"),
                  Source(id: "senori-web", unitID: "polsek-senori", platform: .website, url: "https://senori.example/"),
                  Source(id: "gresik-web", unitID: "polres-gresik", platform: .website, url: "https://gresik.example/")],
        innovations: [Innovation(id: "tuban-simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA"),
                      Innovation(id: "senori-ngopi", unitID: "polsek-senori", name: "Ngopi Kamtibmas"),
                      Innovation(id: "gresik-sigap", unitID: "polres-gresik", name: "Gresik Siaga Tanggap", acronym: "SIGAP")])

    /// Posts of every unit, among them one whose title carries markup (it must arrive escaped).
    static let csv = """
        source;url;title;published;views;likes
        tuban-web;https://tuban.example/berita/1;Layanan SIMBA hadir di Jenu;2026-11-17;120;8
        tuban-ig;https://instagram.example/p/2;SIMBA Polres Tuban melayani warga <script>alert(1)</script>;2026-11-18;900;77
        senori-web;https://senori.example/3;Ngopi Kamtibmas bersama warga Senori;2026-11-19;40;2
        gresik-web;https://gresik.example/4;Gresik Siaga Tanggap SIGAP tanggap darurat;2026-11-20;300;21
        gresik-web;https://gresik.example/5;Rahasia Gresik: rapat internal;2026-11-21;5;0

        """

    static func make(config: ServerConfig = ServerConfig()) async throws -> ServerFixture {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-serve-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let csvPath = dir.appendingPathComponent("posts.csv").path
        try csv.write(toFile: csvPath, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("p.sqlite").path
        let workspace = Workspace(registry: registry, location: .sqlite(path: path), store: try AppDatabase(path: path))
        _ = try await workspace.importCSV(csvPath, now: Date())
        for (name, unit, role) in [("admin", nil, Account.Role.admin), ("polda", "polda-jatim", .viewer),
                                   ("tuban", "polres-tuban", .viewer), ("tuban-editor", "polres-tuban", .editor),
                                   ("gresik", "polres-gresik", .viewer), ("senori", "polsek-senori", .viewer)] {
            _ = try await AccountAdmin.add(workspace, name: name, unitID: unit, role: role, password: password, cost: 4)
        }
        var logger = Logger(label: "pantau.serve.test")
        logger.logLevel = .warning
        return ServerFixture(dir: dir, workspace: workspace, dashboard: Dashboard(workspace: workspace, config: config, logger: logger))
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    /// Runs `body` against the router in process (no socket).
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: dashboard.router())
        try await app.test(.router, body)
    }
}
