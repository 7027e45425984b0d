import PantauModel
import Testing
@testable import PantauMatch

@Suite struct AcronymRuleTests {
    static let short = Matcher(units: Sample.units, innovations: [
        Innovation(id: "siap", unitID: "polres-tuban", name: "Sistem Informasi Antrean Pelayanan", acronym: "SiAP"),
        Innovation(id: "sim", unitID: "polres-tuban", name: "SIM Keliling Desa", acronym: "SIM"),
        Innovation(id: "ajs", unitID: "polres-tuban", name: "Antar Jemput Surat", acronym: "AJS"),
    ])

    func ids(_ m: Matcher, _ text: String, unit: String? = nil) -> [String] {
        m.match(MatchPost(id: "1", title: nil, text: text, url: nil, unitID: unit)).map(\.innovationID)
    }

    @Test func wholeTokenOnly() {
        #expect(Sample.ids("SIMBA hadir", unit: "polres-tuban") == ["tuban-simba"])
        #expect(Sample.ids("SIMBAD hadir", unit: "polres-tuban") == [])
    }

    @Test func shortAcronymsAreCaseSensitive() {
        #expect(ids(Self.short, "Layanan AJS dibuka", unit: "polres-tuban") == ["ajs"])
        #expect(ids(Self.short, "Layanan Ajs dibuka", unit: "polres-tuban") == [])
        #expect(ids(Self.short, "Layanan #ajs dibuka", unit: "polres-tuban") == ["ajs"])
    }

    @Test func everydayWordAcronymsOnlyInTheirDistinctiveSpelling() {
        #expect(ids(Self.short, "Antrean kini pakai SiAP", unit: "polres-tuban") == ["siap"])
        #expect(ids(Self.short, "Personel siap siaga", unit: "polres-tuban") == [])
        #expect(ids(Self.short, "PERSONEL SIAP SIAGA", unit: "polres-tuban") == [])
        #expect(ids(Self.short, "Selalu #siap", unit: "polres-tuban") == [])
    }

    @Test func everydayWordAcronymsNeverMatch() {
        #expect(ids(Self.short, "Perpanjangan SIM di Satpas", unit: "polres-tuban") == [])
        #expect(ids(Self.short, "SIM Keliling Desa hadir", unit: "polres-tuban") == ["sim"])
    }

    @Test func lowercaseLongAcronymNeedsAKnownUnit() {
        #expect(Sample.ids("jadwal simba minggu ini", unit: "polres-tuban") == ["tuban-simba"])
        #expect(Sample.ids("anak singa bernama simba") == [])
        #expect(Sample.ids("Kisah Simba si kucing") == [])
        #expect(Sample.ids("SIMBA makin dikenal") == ["tuban-simba"])
    }
}
