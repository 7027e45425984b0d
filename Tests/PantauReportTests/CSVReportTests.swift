import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

@Suite struct CSVReportTests {
    func report(_ posts: [ObservedPost] = Sample.posts) -> WeeklyReport {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts, health: [], week: Sample.week,
                                        now: Sample.now, zone: Sample.zone))
    }

    @Test func bomCRLFAndSemicolon() {
        let csv = CSVReport.render(report(), language: .id, separator: .semicolon)
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5)   // header + 4 innovations
        #expect(lines[0].hasPrefix("minggu;satuan_id;satuan;induk_id;inovasi_id;inovasi;status;"))
        let simba = lines.first { $0.contains(";simba;") }
        #expect(simba?.hasPrefix("2026-W47;polres-tuban;Polres Tuban;polda-jatim;simba;SIM Bhabinkamtibmas (SIMBA);Ada di media sosial;2;1;1;") == true)
        #expect(simba?.contains(";2026-11-18;2026-11-17;4;14;ya;") == true)
        #expect(lines[0].hasSuffix(";bagian_keterlibatan;asal_angka;tidak_terlihat"))
        #expect(simba?.hasSuffix(";feed;") == true)  // this week's SIMBA posts came from feeds
    }

    @Test func commaByDefaultAndEnglish() {
        let csv = CSVReport.render(report(), language: .en, bom: false)
        #expect(csv.hasPrefix("week,unit_id,unit,"))
        #expect(csv.contains("\"Website only, not on social media\""))
    }

    @Test func quotingAndFormulaInjection() {
        let w = CSVWriter(separator: .semicolon, bom: false)
        #expect(w.cell("a;b") == "\"a;b\"")
        #expect(w.cell("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(w.cell("line\nbreak") == "\"line\nbreak\"")
        #expect(w.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(w.cell("-5") == "-5")
        #expect(w.cell("@cmd") == "'@cmd")
    }
}

@Suite struct CSVIndexPartsTests {
    @Test func partsExplainTheIndex() throws {
        let r = WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [], week: Sample.week,
                                                now: Sample.now, zone: Sample.zone))
        let semi = CSVReport.render(r, language: .id, separator: .semicolon, bom: false)
        let panic = try #require(semi.components(separatedBy: "\r\n").first { $0.contains(";panic;") })
        // One week of eight with a (social) post, 20,6 days since it against a cadence of 14: 1 - 6,6/14.
        // The parts, then where the week's numbers came from and what cannot be seen (neither here).
        #expect(panic.hasSuffix(";0,13;0,13;0,53;;;"))
        let comma = CSVReport.render(r, language: .en, bom: false)
        #expect(comma.components(separatedBy: "\r\n").first { $0.contains(",panic,") }?.hasSuffix(",0.13,0.13,0.53,,,") == true)
    }
}
