import Testing
@testable import PantauMatch

@Suite struct KeywordRuleTests {
    @Test func keywordsNeverMatchAlone() {
        #expect(Sample.ids("Duduk di warung kopi bersama warga", unit: "polresta-pontianak") == [])
    }

    @Test func keywordsRaiseConfidence() throws {
        let plain = try #require(Sample.matcher.match(MatchPost(id: "1", title: nil, text: "Ngopi Kamtibmas malam ini",
                                                               url: nil, unitID: "polresta-pontianak")).first)
        let more = try #require(Sample.matcher.match(MatchPost(id: "2", title: nil, text: "Ngopi Kamtibmas di warung kopi",
                                                              url: nil, unitID: "polresta-pontianak")).first)
        #expect(more.score > plain.score)
        #expect(more.evidence.contains("keyword: warung kopi"))
    }
}
