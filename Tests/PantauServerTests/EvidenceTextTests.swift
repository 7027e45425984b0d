import Testing
@testable import PantauServer

/// The matcher's evidence lines as the Indonesian pages show them: fixed words translated, the
/// words from the post and the registry kept as written, unknown lines left alone.
struct EvidenceTextTests {
    @Test(arguments: [
        ("acronym: SIMBA", "akronim: SIMBA"),
        ("hashtag: #NgopiKamtibmas", "tagar: #NgopiKamtibmas"),
        ("partial name: Ngopi (Ngopi Kamtibmas)", "sebagian nama: Ngopi (Ngopi Kamtibmas)"),
        ("keyword: pelayanan", "kata kunci: pelayanan"),
        ("unit: Polres Tuban (own channel)", "unit: Polres Tuban (kanal unit sendiri)"),
        ("unit: Polres Tuban (named in text)", "unit: Polres Tuban (disebut dalam teks)"),
        ("unit: Polres Tuban (place \"Jenu\" named in text)", "unit: Polres Tuban (tempat \"Jenu\" disebut dalam teks)"),
        ("unit: Polres Tuban (post from the channel of Polsek Senori)", "unit: Polres Tuban (unggahan dari kanal Polsek Senori)"),
        ("unit: not named (only Polres Tuban registers this innovation)",
         "unit: tidak disebut (hanya Polres Tuban yang mendaftarkan inovasi ini)"),
        ("something new: x", "something new: x"),
        ("no colon at all", "no colon at all"),
    ])
    func indonesianPagesTranslateTheFixedWords(_ pair: (String, String)) {
        #expect(EvidenceText.line(pair.0, .id) == pair.1)
    }

    @Test func englishPagesShowTheLinesAsStored() {
        #expect(EvidenceText.line("unit: Polres Tuban (own channel)", .en) == "unit: Polres Tuban (own channel)")
    }
}
