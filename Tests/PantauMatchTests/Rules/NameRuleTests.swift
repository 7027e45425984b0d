import PantauModel
import Testing
@testable import PantauMatch

@Suite struct NameRuleTests {
    @Test func fullNameInAnySpacing() {
        #expect(Sample.ids("Ngopi Kamtibmas di Pontianak") == ["ptk-ngopi"])
        #expect(Sample.ids("NgopiKamtibmas di Pontianak") == ["ptk-ngopi"])
        #expect(Sample.ids("ngopi-kamtibmas di Pontianak") == ["ptk-ngopi"])
    }

    @Test func evidenceNamesTheWordsAsWritten() throws {
        let m = try #require(Sample.matcher.match(MatchPost(id: "1", title: nil, text: "Taman lalu-lintas Senori ramai",
                                                           url: nil, unitID: nil)).first)
        #expect(m.innovationID == "senori-taman")
        #expect(m.evidence.first == "name: Taman lalu-lintas Senori")
    }

    @Test func shortFormsOfNameWords() {
        #expect(Sample.ids("Taman Lalin Senori dibuka", unit: "polsek-senori") == ["senori-taman"])
    }

    @Test func everydayOneWordNamesNeverMatchAlone() {
        let m = Matcher(units: Sample.units, innovations: [Innovation(id: "x", unitID: "polres-tuban", name: "Tilang")])
        #expect(m.match(MatchPost(id: "1", title: nil, text: "Tilang di Tuban", url: nil, unitID: "polres-tuban")).isEmpty)
    }

    @Test func wordsApartDoNotMatch() {
        #expect(Sample.ids("Ngopi dulu, lalu bahas kamtibmas", unit: "polresta-pontianak") == [])
    }
}

@Suite struct ParenthesisedAcronymTests {
    static let matcher = Matcher(units: Sample.units, innovations: [
        Innovation(id: "simling", unitID: "polres-tuban", name: "Layanan SIM Keliling Desa (SIMLING)"),
    ])

    func ids(_ t: String) -> [String] {
        Self.matcher.match(MatchPost(id: "1", title: nil, text: t, url: nil, unitID: "polres-tuban")).map(\.innovationID)
    }

    @Test func eitherPartMatches() {
        #expect(ids("Layanan SIM Keliling Desa hadir di Jenu") == ["simling"])
        #expect(ids("SIMLING hadir di Jenu") == ["simling"])
        #expect(ids("Layanan SIM Keliling Desa (SIMLING) hadir") == ["simling"])
    }
}

@Suite struct FormalUnitNameTests {
    @Test func formalNamesAreUnitNames() {
        let m = Matcher(units: [.init(id: "t", name: "Kepolisian Resor Tuban", kind: .polres)],
                        innovations: [.init(id: "j", unitID: "t", name: "Jumat Curhat"),
                                      .init(id: "k", unitID: "x", name: "Jumat Curhat")])
        func ids(_ s: String) -> [String] { m.match(MatchPost(id: "1", title: nil, text: s, url: nil, unitID: nil)).map(\.innovationID) }
        #expect(ids("Kapolres Tuban hadiri Jumat Curhat") == ["j"])
        #expect(ids("Kepolisian Resor Tuban gelar Jumat Curhat") == ["j"])
    }
}
