import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

@Suite struct EvidenceRenderTests {
    func evidence() -> EvidenceReport {
        var evil = Sample.post(90, "tuban-ig", .instagram, Sample.wib(2026, 11, 18), ["simba"],
                               title: "<img src=x onerror=alert(1)>", url: "javascript:alert(1)")
        evil.textSHA256 = String(repeating: "ab", count: 32)
        evil.lastSeen = Sample.wib(2026, 11, 18)
        return EvidenceBuilder.build(registry: Sample.registry, posts: Sample.posts + [evil],
                                     health: [SourceHealth(sourceID: "tuban-ig", lastSuccess: Sample.wib(2026, 11, 22))],
                                     now: Sample.now, zone: Sample.zone)
    }

    @Test func csvRowsPerPost() {
        let csv = EvidenceCSV.render(evidence(), language: .id, separator: .semicolon)
        let lines = csv.dropFirst().components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines[0].hasPrefix("satuan_id;satuan;inovasi_id;inovasi;kanal;platform;url;judul;terbit;"))
        let evil = lines.first { $0.contains(";tuban-ig;instagram;javascript:alert(1);") }
        #expect(evil?.contains(";tidak terlihat lagi;") == true)
        #expect(evil?.hasSuffix(String(repeating: "ab", count: 32)) == true)
        // Polda Jawa Timur has no innovation; every innovation appears, posts or not.
        #expect(lines.filter { $0.hasPrefix("polres-tuban;") }.count == 1 + 3)  // panic + simba's 3 posts
    }

    @Test func answersCSV() {
        let csv = EvidenceCSV.renderAnswers(evidence(), language: .id, bom: false)
        #expect(csv.contains("polres-buleleng,Polres Buleleng,PP ii.b,B,\"Informasi inovasi daring hanya di website (2 unggahan), tidak di media sosial.\"\r\n"))
    }

    @Test func htmlEscapesAndMarks() {
        let html = EvidenceHTML.render(evidence(), language: .id)
        #expect(!html.contains("<img"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("tidak terlihat lagi (terakhir 18 Nov 2026)"))
        #expect(html.contains("PP ii.f"))
        #expect(html.contains("MP ii.c"))
    }
}
