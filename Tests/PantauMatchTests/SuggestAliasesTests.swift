import PantauModel
import Testing
@testable import PantauMatch

/// `Matcher.suggestAliases`: one test per source of candidates.
@Suite struct SuggestAliasesTests {
    static let units = [
        Unit(id: "emas", name: "Polres Pelabuhan Tanjung Emas", kind: .polres),
        Unit(id: "buru", name: "Polres Buru", kind: .polres),
        Unit(id: "sby", name: "Polrestabes Surabaya", kind: .polrestabes),
        Unit(id: "zi", name: "Polda Kalimantan Selatan", kind: .polda),
    ]
    static let innovations = [
        Innovation(id: "emas-sapa", unitID: "emas", name: "Sapa Nelayan Pesisir", acronym: "SANELIR"),
        Innovation(id: "buru-bus", unitID: "buru", name: "Bus Posko Mobile"),
        Innovation(id: "sby-jogo", unitID: "sby", name: "Jogo Suroboyo"),
        Innovation(id: "zi-klinik", unitID: "zi", name: "Klinik Zona Integritas", hashtags: ["KlinikZI"]),
    ]
    let matcher = Matcher(units: units, innovations: innovations)

    func post(_ id: String, _ text: String, unit: String? = nil) -> MatchPost {
        MatchPost(id: id, title: nil, text: text, url: "https://contoh.example/\(id)", unitID: unit)
    }

    @Test func nearMissProposesTheUnitSpellingBesideTheInnovation() throws {
        let got = matcher.suggestAliases([
            post("1", "Polres Tanjung Emas meluncurkan SANELIR untuk nelayan. Warga menyambut baik."),
            post("2", "Kapolres Lamongan meniru SANELIR di pesisir utara."),
        ])
        let s = try #require(got.first { $0.sources.contains(.nearMiss) })
        #expect(got.filter { $0.sources.contains(.nearMiss) }.count == 1)
        #expect(s.kind == .unitAlias && s.unitID == "emas" && s.innovationID == "emas-sapa")
        #expect(s.spelling == "Polres Tanjung Emas")
        #expect(s.posts == 1)
        #expect(s.examples == [.init(sentence: "Polres Tanjung Emas meluncurkan SANELIR untuk nelayan.", url: "https://contoh.example/1")])
        #expect(s.yaml == ["# emas.yaml, under unit: → aliases:", "    - Polres Tanjung Emas"])
    }

    @Test func ownChannelProposesShortenedAndMisspeltNames() {
        let got = matcher.suggestAliases([
            post("1", "Posko mobile hadir di Namlea hari ini.", unit: "buru"),
            post("2", "Posko Mobile melayani SKCK warga desa.", unit: "buru"),
            post("3", "Unduh aplikasi Jogo Surobo untuk lapor cepat.", unit: "sby"),
            post("4", "Pencanangan Zona Integritas di 15 satker.", unit: "zi"),
            post("5", "Posko mobile juga ada di Ambon.", unit: nil),
        ])
        let own = got.filter { $0.sources.contains(.ownChannel) }
        let bus = own.first { $0.innovationID == "buru-bus" }
        #expect(bus?.posts == 2)
        #expect(bus?.spelling.lowercased() == "posko mobile")
        #expect(bus?.examples.count == 2)
        #expect(bus?.yaml.last?.hasPrefix("      - ") == true)
        #expect(own.contains { $0.innovationID == "sby-jogo" && $0.spelling == "Jogo Surobo" })
        // A generic part of a name ("Zona Integritas") is not an alias.
        #expect(!own.contains { $0.innovationID == "zi-klinik" })
    }

    @Test func hashtagsKeepingCompanyWithAMatchedInnovation() {
        let got = matcher.suggestAliases([
            post("1", "Konsultasi di Klinik Zona Integritas. #KlinikZI #BanuaBersinar #ZonaIntegritas"),
            post("2", "Klinik Zona Integritas buka Sabtu. #BanuaBersinar"),
            post("3", "Klinik Zona Integritas melayani 15 satker. #SekaliSaja #ZonaIntegritas"),
            post("4", "Patroli malam. #PatroliMalam"),
        ])
        let tags = got.filter { $0.sources.contains(.hashtag) }
        #expect(tags.map(\.spelling) == ["BanuaBersinar"])
        #expect(tags.first?.innovationID == "zi-klinik")
        #expect(tags.first?.posts == 2)
        #expect(tags.first?.yaml.last == "    hashtags: [KlinikZI, BanuaBersinar]")
    }

    @Test func yamlLinesQuoteWhatPlainYAMLWouldMisread() {
        #expect(SuggestionBook.quoted("Posko Mobile") == "Posko Mobile")
        #expect(SuggestionBook.quoted("Polres: Tuban") == "\"Polres: Tuban\"")
        #expect(SuggestionBook.quoted("#SIMBA") == "\"#SIMBA\"")
        #expect(SuggestionBook.quoted("- awal") == "\"- awal\"")
        #expect(SuggestionBook.quoted("kata \"kutip\"") == "\"kata \\\"kutip\\\"\"")
    }
}
