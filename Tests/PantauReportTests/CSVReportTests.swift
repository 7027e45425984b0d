import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport

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
