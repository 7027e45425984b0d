import PantauModel
import Testing
@testable import PantauMatch

@Suite struct AliasRuleTests {
    static let matcher = Matcher(units: Sample.units, innovations: [
        Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", aliases: ["Sim Desa", "SDS"]),
    ])

    func ids(_ text: String) -> [String] {
        Self.matcher.match(MatchPost(id: "1", title: nil, text: text, url: nil, unitID: "polres-tuban")).map(\.innovationID)
    }

    @Test func registeredSpellingMatches() throws {
        #expect(ids("Program sim desa dibuka") == ["simba"])
        let m = try #require(Self.matcher.match(MatchPost(id: "1", title: nil, text: "Sim Desa", url: nil, unitID: "polres-tuban")).first)
        #expect(m.evidence.contains("alias: Sim Desa"))
    }

    @Test func shortAliasNeedsItsCapitals() {
        #expect(ids("Layanan SDS dibuka") == ["simba"])
        #expect(ids("layanan sds dibuka") == [])
    }

    @Test func builtInShortFormsWithoutAnAlias() {
        // "Bhabin" is the usual short form of "Bhabinkamtibmas": no alias needed.
        #expect(ids("Layanan Sim Bhabin dibuka") == ["simba"])
    }
}
