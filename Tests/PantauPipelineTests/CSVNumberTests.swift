import Foundation
import PantauModel
@testable import PantauPipeline
import PantauStore
import Testing

/// Counts in CSV files are read as Indonesians write them, and a doubtful one stops the import.
@Suite struct CSVNumberTests {
    let registry = Registry(
        units: [Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres)],
        sources: [Source(id: "tuban-tiktok", unitID: "polres-tuban", platform: .tiktok, url: "https://tiktok.example/@tuban")],
        innovations: [])

    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-\(UUID()).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func indonesianGroupingIsThousands() throws {
        let db = try AppDatabase.inMemory()
        let path = try write("""
            sumber;url;tayangan;suka;komentar;dibagikan
            tuban-tiktok;https://tiktok.example/v/1;1.500.000;1.500;12;1.000,00
            """)
        _ = try CSVImport.run(path: path, registry: registry, database: db, now: Date())
        let post = try #require(try db.observedPosts().first)
        #expect(post.engagement == Engagement(views: 1_500_000, likes: 1_500, comments: 12, shares: 1_000))
    }

    @Test(arguments: [
        ("1.5", "is ambiguous"), ("1,5", "has a fraction"), ("1.2.3", "misplaced thousands dots"),
        ("1,500", "is ambiguous"), ("-4", "is negative"), ("9223372036854775807", "larger than any real count"),
        ("12abc", "is not a whole number"),
    ])
    func doubtfulCountStopsTheImportWithFileLineAndColumn(cell: String, words: String) throws {
        let db = try AppDatabase.inMemory()
        let path = try write("source,url,views,likes\ntuban-tiktok,https://tiktok.example/v/1,10,3\ntuban-tiktok,https://tiktok.example/v/2,7,\"\(cell)\"\n")
        let error = try #require(throws: ImportError.self) { try CSVImport.run(path: path, registry: registry, database: db, now: Date()) }
        let message = error.description
        #expect(message.hasPrefix("\(path): line 3, column 4: likes \"\(cell)\" "), "\(message)")
        #expect(message.contains(words), "\(message)")
        // Nothing stored, not even the good first row.
        #expect(try db.counts().posts == 0)
        #expect(try db.counts().engagementSnapshots == 0)
    }

    /// Found by the CSV fuzzer: Foundation's DateFormatter traps on Linux on text with a combining mark.
    @Test func oddDateTextIsAProblemNotACrash() throws {
        #expect(CSVImport.parseDate("6-1\u{033E}rorceeak!8") == nil)
        #expect(CSVImport.parseDate("2026-11-18") != nil)
        #expect(CSVImport.parseDate("18/11/2026 09:30") != nil)
        let db = try AppDatabase.inMemory()
        let path = try write("source,url,published\ntuban-tiktok,https://tiktok.example/v/1,6-1\u{033E}rorceeak!8\n")
        let error = try #require(throws: ImportError.self) { try CSVImport.run(path: path, registry: registry, database: db, now: Date()) }
        #expect(error.description.contains("line 2, column 3: published"))
        #expect(try db.counts().posts == 0)
    }

    @Test func plainDigitsAndZeroFractions() throws {
        #expect(try CSVNumber.count("1500").get() == 1_500)
        #expect(try CSVNumber.count("1 500").get() == 1_500)
        #expect(try CSVNumber.count("0").get() == 0)
        #expect(try CSVNumber.count("2,0").get() == 2)
        #expect(try CSVNumber.count("1.000.000.000.000.000").get() == Count.limit)
        #expect(throws: CSVNumber.Problem.tooLarge) { try CSVNumber.count("1.000.000.000.000.001").get() }
    }
}
