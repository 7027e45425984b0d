import Testing
@testable import PantauMatch

@Suite struct ExcludeRuleTests {
    @Test func excludeVetoesAndSaysSo() {
        let post = MatchPost(id: "1", title: nil, text: "Ngopi Kamtibmas? Bukan, ini kopi susu promo", url: nil,
                             unitID: "polresta-pontianak")
        #expect(Sample.matcher.match(post).isEmpty)
        #expect(Sample.matcher.explain(post).notes.contains("ptk-ngopi: vetoed by exclude \"kopi susu promo\""))
    }

    @Test func excludeOnlyVetoesItsOwnInnovation() {
        #expect(Sample.ids("Door prize kopi susu promo, lalu SIMBA", unit: "polres-tuban") == ["tuban-simba"])
    }
}
