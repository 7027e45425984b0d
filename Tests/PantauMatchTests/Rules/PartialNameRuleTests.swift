import Testing
@testable import PantauMatch

@Suite struct PartialNameRuleTests {
    @Test func partialNameWhenTheUnitIsKnown() throws {
        #expect(Sample.ids("Tekan panic button bila darurat", unit: "polresta-pontianak") == ["ptk-panic-button"])
        #expect(Sample.ids("Mapolresta Pontianak bagikan Panic Button") == ["ptk-panic-button"])
        let m = try #require(Sample.matcher.match(MatchPost(id: "1", title: nil, text: "panic button", url: nil,
                                                           unitID: "polresta-pontianak")).first)
        #expect(m.evidence.first == "partial name: panic button (Panic Button on Hand)")
    }

    @Test func partialNameAloneIsNotEnough() {
        #expect(Sample.ids("Aplikasi panic button untuk rumah") == [])
        #expect(Sample.ids("Panic button di rumah", unit: "polres-tuban") == [])
    }

    @Test func neverEndsOnAConnector() {
        let phrases = PartialNameRule.phrases(for: Sample.innovations[3], normalizer: Normalizer()).map(\.words)
        #expect(phrases == [["panic", "button"]])
    }
}

@Suite struct GenericPartialNameTests {
    @Test func shortEverydayOpeningsDoNotCount() {
        let m = Matcher(units: Sample.units, innovations: [
            .init(id: "sipanda", unitID: "polres-tuban", name: "Sistem Pelayanan Data Online"),
            .init(id: "taman", unitID: "polres-tuban", name: "Taman Lalu Lintas Tuban"),
        ])
        func ids(_ t: String) -> [String] {
            m.match(MatchPost(id: "1", title: nil, text: t, url: nil, unitID: "polres-tuban")).map(\.innovationID)
        }
        #expect(ids("Sistem pelayanan kami terus dibenahi") == [])
        #expect(ids("Siswa belajar di Taman Lalu Lintas") == ["taman"])
    }
}
