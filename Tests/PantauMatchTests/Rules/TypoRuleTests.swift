import Testing
@testable import PantauMatch

@Suite struct TypoRuleTests {
    @Test func oneTypoInALongName() throws {
        #expect(Sample.ids("Jumat Curhta bersama warga", unit: "polres-tuban") == ["tuban-jumat-curhat"])
        #expect(Sample.ids("Ngopi Kamtibmass di warung", unit: "polresta-pontianak") == ["ptk-ngopi"])
        let m = try #require(Sample.matcher.match(MatchPost(id: "1", title: nil, text: "Ngopi Kamtibmass", url: nil,
                                                           unitID: "polresta-pontianak")).first)
        #expect(m.evidence.first == "typo: Ngopi Kamtibmass (Ngopi Kamtibmas)")
        #expect(m.score < 0.9)
    }

    @Test func neverTwoTyposNorShortWords() {
        #expect(Sample.ids("Jumad Curhta", unit: "polres-tuban") == [])
        #expect(Sample.ids("Ngopj Kamtibmas", unit: "polresta-pontianak") == [])
        #expect(Sample.ids("SIMBAA", unit: "polres-tuban") == [])
    }
}
