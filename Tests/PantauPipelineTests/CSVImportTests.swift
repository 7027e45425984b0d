import Foundation
import PantauModel
import PantauPipeline
import PantauStore
import Testing

@Suite struct CSVImportTests {
    let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
        sources: [Source(id: "tuban-tiktok", unitID: "polres-tuban", platform: .tiktok, url: "https://tiktok.example/@tuban")],
        innovations: [Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA")])

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func importsIdempotentlyWithIndonesianHeaders() throws {
        let db = try AppDatabase.inMemory()
        let v1 = try write("\u{FEFF}sumber;url;judul;tanggal;tayangan;suka\ntuban-tiktok;https://tiktok.example/v/1;Layanan SIMBA di Jenu;2026-11-18;12.400;980\n")
        let s = try CSVImport.run(path: v1, registry: registry, database: db, now: Date())
        #expect(s.newPosts == 1)
        #expect(s.matched == 1)
        let again = try CSVImport.run(path: v1, registry: registry, database: db, now: Date())
        #expect(again.newPosts == 0)
        #expect(try db.counts().engagementSnapshots == 1)
        let post = try #require(try db.observedPosts().first)
        #expect(post.engagement.views == 12_400)
        #expect(post.matches.map(\.innovationID) == ["simba"])

        let v2 = try write("source,url,views,likes\ntuban-tiktok,https://tiktok.example/v/1,15000,1100\n")
        _ = try CSVImport.run(path: v2, registry: registry, database: db, now: Date())
        #expect(try db.counts().engagementSnapshots == 2)
        #expect(try db.observedPosts().first?.engagement.views == 15_000)
    }

    @Test func badRowsStopTheImportAndNameTheRow() throws {
        let db = try AppDatabase.inMemory()
        let bad = try write("source,url,views\ntuban-tiktok,https://tiktok.example/v/1,10\nnope,https://x.example/2,5\ntuban-tiktok,https://tiktok.example/v/3,lots\n")
        let error = try #require(throws: ImportError.self) { try CSVImport.run(path: bad, registry: registry, database: db, now: Date()) }
        #expect(error.problems.count == 2)
        #expect(error.problems[0].hasPrefix("line 3, column 1: source \"nope\""))
        #expect(error.problems[1].hasPrefix("line 4, column 3: views \"lots\""))
        #expect(try db.counts().posts == 0)
    }
}
