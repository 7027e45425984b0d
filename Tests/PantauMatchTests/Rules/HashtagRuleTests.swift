import PantauModel
import Testing
@testable import PantauMatch

@Suite struct HashtagRuleTests {
    static let matcher = Matcher(units: Sample.units, innovations: [
        Innovation(id: "simba", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA", hashtags: ["SimbaKeren"]),
    ])

    func ids(_ text: String) -> [String] {
        Self.matcher.match(MatchPost(id: "1", title: nil, text: text, url: nil, unitID: nil)).map(\.innovationID)
    }

    @Test func registeredHashtagInAnyCase() throws {
        #expect(ids("mantap #simbakeren") == ["simba"])
        let m = try #require(Self.matcher.match(MatchPost(id: "1", title: nil, text: "#SimbaKeren", url: nil, unitID: nil)).first)
        #expect(m.evidence.contains("hashtag: #SimbaKeren"))
    }

    @Test func acronymFollowedByThePlace() throws {
        #expect(ids("#simbatuban") == ["simba"])
        #expect(ids("#SIMBATuban") == ["simba"])
        let m = try #require(Self.matcher.match(MatchPost(id: "1", title: nil, text: "#simbatuban", url: nil, unitID: nil)).first)
        #expect(m.evidence.contains("unit: Polres Tuban (place \"#simbatuban\" named in text)"))
    }

    @Test func nameAsHashtag() {
        #expect(Sample.ids("#ngopikamtibmas bareng warga", unit: "polresta-pontianak") == ["ptk-ngopi"])
    }

    @Test func unrelatedHashtagsDoNotMatch() {
        #expect(ids("#simbad #tubanhebat #PolriPresisi") == [])
    }
}

@Suite struct EvidenceTests {
    @Test func wordsExplainedOnceByTheStrongestRule() throws {
        let m = Matcher(units: Sample.units, innovations: [
            .init(id: "s", unitID: "polres-tuban", name: "SIM Bhabinkamtibmas", acronym: "SIMBA",
                  aliases: ["SIM Bhabinkamtibmas"], hashtags: ["SIMBATuban"]),
        ])
        let a = try #require(m.match(MatchPost(id: "1", title: nil, text: "SIM Bhabinkamtibmas #SIMBATuban", url: nil,
                                               unitID: "polres-tuban")).first)
        #expect(a.evidence == ["name: SIM Bhabinkamtibmas", "hashtag: #SIMBATuban", "unit: Polres Tuban (own channel)"])
    }
}
