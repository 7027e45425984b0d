import Testing
@testable import PantauMatch

/// Normalisation of Indonesian post text into folded words.
@Suite struct NormalizerTests {
    let n = Normalizer()
    func words(_ s: String) -> [String] { n.words(s) }

    @Test func foldsCaseAndDiacritics() {
        #expect(words("Polrès TUBAN Café") == ["polres", "tuban", "cafe"])
    }

    @Test func splitsHyphensAndPunctuation() {
        #expect(words("door-to-door, door to door; Door–to–Door") == ["door", "to", "door", "door", "to", "door", "door", "to", "door"])
    }

    @Test func collapsesReduplication() {
        #expect(words("inovasi-inovasi baru") == ["inovasi", "baru"])
        #expect(words("inovasi2 baru") == ["inovasi", "baru"])
        #expect(words("sayur-mayur") == ["sayur", "mayur"])
    }

    @Test func joinsApostrophesInsideWords() {
        #expect(words("Jum'at Curhat") == ["jumat", "curhat"])
        #expect(words("Jum’at") == ["jumat"])
    }

    @Test func splitsHashtagsOnCamelCase() {
        let t = n.normalize("Ikuti #JumatCurhat dan #SIMBATuban @polres_tuban")
        #expect((0..<t.tokens.count).map(t.word) == ["ikuti", "jumat", "curhat", "dan", "simba", "tuban", "polres", "tuban"])
        #expect(t.tags.indices.map { String(decoding: t.tagBody($0), as: UTF8.self) } == ["jumatcurhat", "simbatuban", "polrestuban"])
        #expect(t.tags.map(\.isMention) == [false, false, true])
        #expect(t.tokens[1].flags.contains(.hashtag))
        #expect(t.tokens[4].flags.contains(.allUpper))
    }

    @Test func evidenceWritesOneSpaceBetweenWords() {
        // However markup, a line break or a no-break space separated the words, the evidence is one line.
        let t = n.normalize("Layanan  SIM   Keliling hadir")
        #expect(t.original(0..<3) == "Layanan SIM Keliling")
        #expect(n.normalize("Layanan \n SIM\u{A0}Keliling").original(0..<3) == "Layanan SIM Keliling")
        #expect(n.normalize("Layanan SIM-Keliling").original(0..<3) == "Layanan SIM-Keliling")
    }

    @Test func skipsURLs() {
        #expect(words("lihat https://tribratanews.polri.go.id/simba-tuban ya") == ["lihat", "ya"])
    }

    @Test func keepsOriginalSpellingForEvidence() {
        let t = n.normalize("Layanan SIM-Bhabin hadir")
        #expect(t.original(1..<3) == "SIM-Bhabin")
    }

    @Test func survivesHostileInput() {
        #expect(words("") == [])
        #expect(words("&;< <<< >>> ### @@@ \u{0}\u{7} 🙏🙏") == [])
        // Markup is turned into text upstream (Parse's HTMLText.plainText); what is left is punctuation and words.
        #expect(words("&#0; &#xFFFFFFFF;") == ["0", "x", "ffffffff"])
        #expect(words(String(repeating: "a-", count: 10_000)).count == 1)
    }
}
