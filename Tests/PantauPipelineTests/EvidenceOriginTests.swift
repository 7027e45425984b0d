import Foundation
import PantauModel
import PantauPipeline
import PantauReport
import PantauScore
import PantauStore
import Testing

/// Evidence says where each post came from: crawled by Pantau (hash of the archived text, online
/// status from the last fetch) or imported from a CSV file and line (no hash, online unknown).
@Suite struct EvidenceOriginTests {
    let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
        sources: [Source(id: "tuban-tiktok", unitID: "polres-tuban", platform: .tiktok, url: "https://tiktok.example/@tuban")],
        innovations: [Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA")])

    @Test func importedPostsCarryTheirFileAndLineAndNoHash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-origin-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("ekspor-tiktok.csv").path
        try "source;url;title;published\ntuban-tiktok;https://tiktok.example/v/9;Senam pagi;2026-11-17\ntuban-tiktok;https://tiktok.example/v/1;Layanan SIMBA di Jenu;2026-11-18\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let db = try AppDatabase.inMemory()
        _ = try CSVImport.run(path: csv, registry: registry, database: db, now: Date())
        let post = try #require(try db.observedPosts().first { $0.url == "https://tiktok.example/v/1" })
        #expect(post.importedFrom == "ekspor-tiktok.csv:3")

        let now = Date(timeIntervalSince1970: 1_795_600_000)
        let evidence = EvidenceBuilder.build(registry: registry, posts: try db.observedPosts(), health: try db.health(), now: now)
        let row = try #require(evidence.units.first?.innovations.first?.posts.first)
        #expect(row.importedFrom == "ekspor-tiktok.csv:3")
        #expect(row.textSHA256.isEmpty)
        #expect(row.stillOnline == nil)

        let human = EvidenceCSV.render(evidence, language: .id, style: .indonesian, bom: false)
        let lines = human.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("ID satuan;Satuan;ID inovasi;Inovasi;Kanal;Platform;Tautan;Judul;Tanggal terbit;Jam terbit;"))
        let line = try #require(lines.first { $0.contains("tiktok.example/v/1") })
        #expect(line.contains(";18/11/2026;00:00;"), "\(line)")
        #expect(line.contains(";tidak diketahui;impor ekspor-tiktok.csv baris 3;"), "\(line)")
        #expect(line.hasSuffix(";"), "an imported post has no hash: \(line)")
        let machine = EvidenceCSV.render(evidence, language: .en, style: .machine(), bom: false)
        #expect(machine.contains(",unknown,import:ekspor-tiktok.csv:3,"))
    }

    @Test func exportsNameTheirUnitAndDayAndNeverOverwrite() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-names-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let reporter = Reporter(registry: registry, database: try AppDatabase.inMemory())
        let now = ISOWeek(year: 2026, week: 47).start(in: ISOWeek.jakarta).addingTimeInterval(3 * 86_400 + 3_600)  // Thu 19 Nov 2026 01.00 WIB
        let first = try reporter.writeEvidence(now: now, unitIDs: ["polres-tuban"], format: .csv, language: .id, outDir: dir,
                                               csvStyle: .indonesian)
        let second = try reporter.writeEvidence(now: now, unitIDs: ["polres-tuban"], format: .csv, language: .id, outDir: dir,
                                                csvStyle: .indonesian)
        #expect(first.map { ($0 as NSString).lastPathComponent }
            == ["evidence-polres-tuban-2026-11-19.csv", "evidence-answers-polres-tuban-2026-11-19.csv"])
        #expect(second.map { ($0 as NSString).lastPathComponent }
            == ["evidence-polres-tuban-2026-11-19-2.csv", "evidence-answers-polres-tuban-2026-11-19-2.csv"])
        let week = try reporter.writeWeekly(week: ISOWeek(year: 2026, week: 46), now: now, unitIDs: ["polres-tuban"],
                                            formats: [.csv], language: .id, outDir: dir, csvStyle: .indonesian)
        #expect(week.paths.map { ($0 as NSString).lastPathComponent } == ["report-2026-W46-polres-tuban.csv"])
        #expect(week.replaced.isEmpty)
        let again = try reporter.writeWeekly(week: ISOWeek(year: 2026, week: 46), now: now, unitIDs: ["polres-tuban"],
                                             formats: [.csv], language: .id, outDir: dir, csvStyle: .indonesian)
        #expect(again.replaced == again.paths)
    }
}
