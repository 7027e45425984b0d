import PantauModel
import Testing
@testable import PantauMatch

/// Unit names in their usual variants.
@Suite struct UnitFormsTests {
    let n = Normalizer()

    func named(_ unit: PantauModel.Unit) -> Set<String> {
        Set(UnitForms(unit: unit, normalizer: n).names.map { $0.joined(separator: " ") })
    }

    @Test func polresVariants() {
        let names = named(PantauModel.Unit(id: "t", name: "Polres Tuban", kind: .polres))
        for form in ["polres tuban", "mapolres tuban", "kapolres tuban", "wakapolres tuban", "polresta tuban", "polres kota tuban"] {
            #expect(names.contains(form), "\(form)")
        }
        #expect(!names.contains("polsek tuban"))
    }

    @Test func metroAndShortPlaces() {
        let names = named(PantauModel.Unit(id: "j", name: "Polres Metro Jakarta Barat", kind: .polres))
        #expect(names.contains("polrestro jakbar"))
        #expect(names.contains("kapolres metro jakarta barat"))
        #expect(names.contains("polres jakbar"))
    }

    @Test func cityUnitsWithoutKota() {
        let names = named(PantauModel.Unit(id: "p", name: "Polresta Pontianak Kota", kind: .polresta))
        #expect(names.contains("mapolresta pontianak"))
        #expect(names.contains("polres kota pontianak"))
        #expect(names.contains("polresta pontianak kota"))
    }

    @Test func registeredAliasesCount() {
        let names = named(PantauModel.Unit(id: "s", name: "Satlantas Tuban", kind: .satker, aliases: ["Sat Lantas Polres Tuban"]))
        #expect(names == ["satlantas tuban", "sat lantas polres tuban"])
    }

    @Test func placesAreWeakerHints() {
        let forms = UnitForms(unit: PantauModel.Unit(id: "k", name: "Polda Kalimantan Selatan", kind: .polda), normalizer: n)
        #expect(forms.places.contains(["kalsel"]))
        #expect(forms.names.contains(["kapolda", "kalsel"]))
    }

    @Test func matcherUsesUnitMentions() {
        #expect(Sample.ids("Mapolresta Pontianak: Panic Button siap dipakai") == ["ptk-panic-button"])
        #expect(Sample.ids("Polrestro Jakbar luncurkan Sapa Warga Jakbar") == ["jakbar-sapa"])
    }
}
