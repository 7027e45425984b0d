import PantauModel

/// The ways texts name a unit: "Polres Tuban", "Mapolres Tuban", "Kapolres Tuban", "Polres Kota X" ↔
/// "Polresta X", "Polres Metro Jakarta Barat" ↔ "Polrestro Jakbar", plus the unit's registered aliases.
struct UnitForms: Sendable {
    /// Phrases that name the unit for certain (folded words).
    var names: [[String]]
    /// The bare place ("tuban", "pontianak"): a weaker hint, used only to choose between units.
    var places: [[String]]

    /// Words that open a unit name, by family; each also appears with ma- (headquarters), ka- (chief)
    /// and waka- (deputy chief) in front.
    static let families: [[[String]]] = [
        [["polres"], ["polresta"], ["polrestabes"], ["polres", "metro"], ["polrestro"], ["polres", "kota"],
         ["polresta", "kota"], ["kepolisian", "resor"], ["kepolisian", "resor", "kota"],
         ["kepolisian", "resor", "kota", "besar"], ["kepolisian", "resor", "metro"]],
        [["polsek"], ["polsekta"], ["polsek", "metro"], ["polsek", "kota"], ["kepolisian", "sektor"]],
        [["polda"], ["kepolisian", "daerah"]],
    ]

    init(unit: Unit, normalizer: Normalizer) {
        let words = normalizer.words(unit.name)
        var names: [[String]] = [words]
        var places: [[String]] = []
        if let (family, opener) = Self.opener(of: words) {
            var place = Array(words.dropFirst(opener.count))
            if place.count >= 2, place.last == "kota" || place.last == "kabupaten" {
                places.append(place)
                place.removeLast()
            }
            if !place.isEmpty { places.append(place) }
            places = places.flatMap { RegionShortForms.variants(of: $0) }
            for p in places {
                for o in family {
                    // ma- (headquarters), ka- (chief), waka- (deputy) go on the short forms only.
                    for prefix in o[0].hasPrefix("pol") ? ["", "ma", "ka", "waka"] : [""] {
                        var phrase = o
                        phrase[0] = prefix + phrase[0]
                        names.append(phrase + p)
                    }
                }
            }
        }
        for alias in unit.aliases {
            let w = normalizer.words(alias)
            if !w.isEmpty { names.append(w) }
        }
        var seen = Set<[String]>()
        self.names = names.filter { !$0.isEmpty && seen.insert($0).inserted }
        var seenPlaces = Set<[String]>()
        self.places = places.filter {
            ($0.count > 1 || ($0.first?.count ?? 0) >= 4) && seenPlaces.insert($0).inserted
        }
    }

    /// The family and the opening words of a unit name ("polres metro" of "Polres Metro Jakarta Barat").
    static func opener(of words: [String]) -> ([[String]], [String])? {
        for family in families {
            for o in family.sorted(by: { $0.count > $1.count }) where words.count > o.count
                && Array(words.prefix(o.count)) == o {
                return (family, o)
            }
        }
        return nil
    }
}
