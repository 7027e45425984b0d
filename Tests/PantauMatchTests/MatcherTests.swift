import Foundation
import PantauModel
import Testing
@testable import PantauMatch

/// A small registry shared by the unit tests of the rules.
enum Sample {
    static let units = [
        Unit(id: "polda-jatim", name: "Polda Jawa Timur", kind: .polda),
        Unit(id: "polres-tuban", name: "Polres Tuban", kind: .polres, parent: "polda-jatim"),
        Unit(id: "polsek-senori", name: "Polsek Senori", kind: .polsek, parent: "polres-tuban"),
        Unit(id: "polres-banyuwangi", name: "Polres Banyuwangi", kind: .polres, parent: "polda-jatim"),
        Unit(id: "polresta-pontianak", name: "Polresta Pontianak Kota", kind: .polresta),
        Unit(id: "polrestro-jakbar", name: "Polres Metro Jakarta Barat", kind: .polres),
    ]
    static let innovations = [
        Innovation(id: "tuban-simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA"),
        Innovation(id: "tuban-jumat-curhat", unitID: "polres-tuban", name: "Jumat Curhat"),
        Innovation(id: "bwi-jumat-curhat", unitID: "polres-banyuwangi", name: "Jumat Curhat"),
        Innovation(id: "ptk-panic-button", unitID: "polresta-pontianak", name: "Panic Button on Hand"),
        Innovation(id: "ptk-ngopi", unitID: "polresta-pontianak", name: "Ngopi Kamtibmas",
                   keywords: ["warung kopi"], exclude: ["kopi susu promo"]),
        Innovation(id: "jakbar-sapa", unitID: "polrestro-jakbar", name: "Sapa Warga Jakbar", acronym: "SAWAJA"),
        Innovation(id: "senori-taman", unitID: "polsek-senori", name: "Taman Lalu Lintas Senori"),
    ]
    static let matcher = Matcher(units: units, innovations: innovations)

    static func ids(_ text: String, unit: String? = nil, title: String? = nil) -> [String] {
        matcher.match(MatchPost(id: "t", title: title, text: text, url: nil, unitID: unit)).map(\.innovationID)
    }
}

@Suite struct MatcherTests {
    @Test func acronymFromOwnChannelMatchesWithEvidence() throws {
        let m = Sample.matcher.match(MatchPost(id: "p1", title: nil, text: "Bhabinkamtibmas melayani SIMBA di desa.",
                                               url: nil, unitID: "polres-tuban"))
        let first = try #require(m.first)
        #expect(m.count == 1)
        #expect(first.innovationID == "tuban-simba")
        #expect(first.score > 0.8 && first.score <= 1)
        #expect(first.evidence.contains("acronym: SIMBA"))
        #expect(first.evidence.contains("unit: Polres Tuban (own channel)"))
    }

    @Test func nothingMatchesOrdinaryText() {
        #expect(Sample.ids("Pelayanan SIM dan SKCK berjalan lancar, tilang tetap ditegakkan. Ngopi dulu.") == [])
        #expect(Sample.ids("") == [])
    }

    @Test func sameNameNeedsTheUnit() {
        #expect(Sample.ids("Kegiatan Jumat Curhat bersama warga.") == [])
        #expect(Sample.ids("Kegiatan Jumat Curhat bersama warga.", unit: "polres-banyuwangi") == ["bwi-jumat-curhat"])
        #expect(Sample.ids("Kapolres Tuban hadir dalam Jumat Curhat.") == ["tuban-jumat-curhat"])
        #expect(Sample.ids("#JumatCurhat di Banyuwangi hari ini") == ["bwi-jumat-curhat"])
    }

    @Test func ambiguityIsExplained() {
        let e = Sample.matcher.explain(MatchPost(id: "x", title: nil, text: "Jumat Curhat lagi", url: nil, unitID: nil))
        #expect(e.matches.isEmpty)
        #expect(e.notes.contains { $0.hasPrefix("ambiguous:") && $0.contains("Polres Tuban") && $0.contains("Polres Banyuwangi") })
    }

    @Test func decodesJSONLinesPosts() throws {
        let line = #"{"id":"p9","title":null,"text":"SIMBA","published":"2024-05-01","unit":"polres-tuban","extra":1}"#
        let p = try JSONDecoder().decode(MatchPost.self, from: Data(line.utf8))
        #expect(p == MatchPost(id: "p9", title: nil, text: "SIMBA", url: nil, unitID: "polres-tuban"))
        let bare = try JSONDecoder().decode(MatchPost.self, from: Data(#"{"id":"p10","text":"x"}"#.utf8))
        #expect(bare.unitID == nil && bare.title == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(MatchPost.self, from: Data(#"{"id":"p"}"#.utf8)) }
    }

    @Test func sharedAcrossThreads() async {
        let m = Sample.matcher
        let results = await withTaskGroup(of: [String].self) { g in
            for _ in 0..<8 {
                g.addTask { m.match(MatchPost(id: "a", title: nil, text: "#SIMBATuban", url: nil, unitID: nil)).map(\.innovationID) }
            }
            return await g.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == ["tuban-simba"] })
    }
}
