import Foundation
import PantauModel
import PantauPipeline

/// A registry folder on disk (Polres Tuban: a feed that works, one that answers 500, one that
/// answers garbage) with its own database file beside it, for the Workspace tests.
struct WorkspaceFixture {
    let folder: URL
    var registry: String { folder.appendingPathComponent("feeds").path }
    var database: String { folder.appendingPathComponent("pantau.sqlite").path }
    var out: String { folder.appendingPathComponent("out").path }

    init(feedBase: String = "http://127.0.0.1:9", settings: String = "", aliases: [String] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-ws-\(UUID())")
        let feeds = folder.appendingPathComponent("feeds")
        try FileManager.default.createDirectory(at: feeds, withIntermediateDirectories: true)
        try Self.unit(feedBase, aliases: aliases).write(to: feeds.appendingPathComponent("polres-tuban.yaml"),
                                                        atomically: true, encoding: .utf8)
        let text = "database: \(database)\ncrawl:\n  delay: 0ms\n  robots: false\n" + settings
        try text.write(to: feeds.appendingPathComponent("_settings.yaml"), atomically: true, encoding: .utf8)
    }

    /// The registry's unit file; `aliases` are added to the Taman Lalu Lintas Senori innovation.
    static func unit(_ base: String, aliases: [String]) -> String {
        """
        unit:
          id: polres-tuban
          name: Polres Tuban
          kind: polres
        sources:
          - id: tuban-web
            platform: website
            url: \(base)/feed.xml
          - id: tuban-broken
            platform: instagram
            url: \(base)/broken.xml
          - id: tuban-garbage
            platform: tiktok
            url: \(base)/garbage.xml
        innovations:
          - id: polres-tuban-simba
            name: SIM Bhabinkamtibmas
            acronym: SIMBA
            cadence: 14d
          - id: polres-tuban-senyap
            name: Taman Lalu Lintas Senori
            cadence: 14d
        """ + (aliases.isEmpty ? "" : "\n    aliases: [\(aliases.joined(separator: ", "))]") + "\n"
    }

    func open(create: Bool = true) throws -> Workspace {
        var ws = try Workspace.open(registry: registry, database: .sqlite(path: database), create: create)
        ws.warn = { _ in }
        return ws
    }

    /// Monday 23 Nov 2026 00:00 in Jakarta: the end of week 2026-W47.
    static let afterW47 = ISOWeek(year: 2026, week: 47).end(in: ISOWeek.jakarta)

    /// Two posts in week 47, one naming SIMBA.
    static let week47 = [("1", "Layanan SIMBA hadir di Desa Sumurgung", "Mon, 16 Nov 2026 09:00:00 +0700"),
                         ("2", "Patroli malam di alun-alun", "Tue, 17 Nov 2026 20:00:00 +0700")]
}
