import Foundation
import PantauModel
import Testing
@testable import PantauMatch

/// `pantau match` over a small registry and a JSON Lines file: what the command does once the files
/// are open (`MatchLines`).
@Suite struct MatchLinesTests {
    static let units = [
        PantauModel.Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres),
        PantauModel.Unit(id: "polres-banyuwangi", name: "Polres Banyuwangi", kind: .polres),
    ]
    static let innovations = [
        Innovation(id: "tuban-simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA"),
        Innovation(id: "bwi-jumat-curhat", unitID: "polres-banyuwangi", name: "Jumat Curhat"),
    ]

    /// Runs `jsonl` through `MatchLines`; the output lines (parsed) and the problem reports.
    func run(_ jsonl: String, notes: Bool = false) throws -> (output: [[String: Any]], raw: [String], problems: [String], failed: Int) {
        let lines = jsonl.split(separator: "\n", omittingEmptySubsequences: false).map { Data($0.utf8) }
        var it = lines.makeIterator()
        var raw: [String] = []
        var problems: [String] = []
        let m = MatchLines(matcher: Matcher(units: Self.units, innovations: Self.innovations), name: "posts.jsonl", withNotes: notes)
        let (_, failed) = m.run(next: { it.next() }, output: { raw.append($0) }, problem: { problems.append($0) })
        let parsed = try raw.map { line -> [String: Any] in
            #expect(line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
            return try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        return (parsed, raw, problems, failed)
    }

    @Test func oneLinePerPostInInputOrder() throws {
        let jsonl = """
            {"id": "a", "text": "Layanan SIMBA hadir di desa.", "unit": "polres-tuban"}
            {"id": "b", "text": "Cuaca cerah hari ini."}
            {"id": 7, "title": "Jumat Curhat", "text": "Kapolres Banyuwangi menggelar Jumat Curhat bersama warga."}
            """
        let r = try run(jsonl)
        #expect(r.problems.isEmpty && r.failed == 0)
        #expect(r.output.map { $0["post"] as? String } == ["a", "b", "7"])
        let first = try #require(r.output[0]["innovations"] as? [[String: Any]])
        #expect(first.count == 1)
        #expect(first[0]["id"] as? String == "tuban-simba")
        #expect((first[0]["score"] as? Double ?? 0) > 0.8)
        #expect((first[0]["evidence"] as? [String])?.contains("acronym: SIMBA") == true)
        let third = try #require(r.output[2]["innovations"] as? [[String: Any]])
        #expect(third.map { $0["id"] as? String } == ["bwi-jumat-curhat"])
    }

    @Test func emptyListWhenNothingMatches() throws {
        let r = try run(#"{"id": "n1", "text": "Pelayanan SKCK berjalan lancar.", "unit": "polres-tuban"}"#)
        #expect(r.output.count == 1)
        #expect((r.output[0]["innovations"] as? [Any])?.isEmpty == true)
        #expect(r.raw[0] == "{\"post\": \"n1\", \"innovations\": []}\n")
    }

    @Test func unknownKeysIgnoredAndUnitMayBeAbsentOrNull() throws {
        let jsonl = """
            {"id": "k1", "text": "Ayo ikut SIMBA di Polres Tuban", "published": "2026-11-20T08:00:00Z", "likes": 12, "extra": {"x": [1, 2]}}
            {"id": "k2", "text": "SIMBA Polres Tuban", "unit": null, "url": "https://example.id/p"}
            {"id": "k3", "text": "SIMBA Polres Tuban", "unit": ""}
            """
        let r = try run(jsonl)
        #expect(r.problems.isEmpty)
        #expect(r.output.map { $0["post"] as? String } == ["k1", "k2", "k3"])
        for o in r.output {
            let found = try #require(o["innovations"] as? [[String: Any]])
            #expect(found.map { $0["id"] as? String } == ["tuban-simba"])
        }
    }

    @Test func badLineReportedWithFileAndLineOthersGoOn() throws {
        let jsonl = """
            {"id": "ok1", "text": "SIMBA Polres Tuban"}

            {"id": "bad1", "text": "unterminated
            {"text": "no id here"}
            {"id": "bad3", "text": null}
            [1, 2, 3]
            {"id": "ok2", "text": "Tidak ada inovasi."}
            """
        let r = try run(jsonl)
        #expect(r.output.map { $0["post"] as? String } == ["ok1", "ok2"])
        #expect(r.failed == 4)
        #expect(r.problems.count == 4)
        #expect(r.problems[0].hasPrefix("posts.jsonl:3: not a post: "))
        #expect(r.problems[1].hasPrefix("posts.jsonl:4: not a post: ") && r.problems[1].contains("\"id\""))
        #expect(r.problems[2].hasPrefix("posts.jsonl:5: not a post: ") && r.problems[2].contains("\"text\""))
        #expect(r.problems[3].hasPrefix("posts.jsonl:6: not a post: "))
    }

    @Test func notesWhenAsked() throws {
        let r = try run(#"{"id": "x", "text": "Jumat Curhat di Polres Tuban"}"#, notes: true)
        #expect(r.output.count == 1)
        #expect(r.output[0]["notes"] is [String])
        #expect((r.output[0]["innovations"] as? [Any])?.isEmpty == true)
    }
}
