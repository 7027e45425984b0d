import PantauModel

/// The ways texts name a unit: "Polres Tuban", "Mapolres Tuban", "Kapolres Tuban", "Polres Kota X" ↔
/// "Polresta X", "Polres Metro Jakarta Barat" ↔ "Polrestro Jakbar", "Polres Pelabuhan Tanjung Perak" ↔
/// "Polres Tanjung Perak", "Polres Pematangsiantar" ↔ "Polres Siantar", "Polda Sumatera Utara" ↔
/// "Poldasu", plus the unit's registered aliases. The place forms are data (`Knowledge/`); a generated
/// form that another unit also claims is dropped by `resolved`.
struct UnitForms: Sendable {
    /// Phrases that name the unit for certain (folded words).
    var names: [[String]]
    /// The bare place ("tuban", "pontianak"): a weaker hint, used only to choose between units.
    var places: [[String]]
    /// The registry's own spellings (the name and the aliases): always kept.
    var registered: [[String]]

    /// Words that open a unit name, by family; each also appears with ma- (headquarters), ka- (chief)
    /// and waka- (deputy chief) in front.
    static let families: [[[String]]] = [
        [["polres"], ["polresta"], ["polrestabes"], ["polres", "metro"], ["polrestro"], ["polres", "kota"],
         ["polresta", "kota"], ["polres", "kabupaten"], ["kepolisian", "resor"], ["kepolisian", "resor", "kota"],
         ["kepolisian", "resor", "kota", "besar"], ["kepolisian", "resor", "metro"]],
        [["polsek"], ["polsekta"], ["polsek", "metro"], ["polsek", "kota"], ["kepolisian", "sektor"]],
        [["polda"], ["kepolisian", "daerah"]],
    ]

    /// Chief and headquarters prefixes of an opener word starting with "pol".
    static let prefixes = ["", "ma", "ka", "waka"]

    init(unit: Unit, normalizer: Normalizer) {
        let words = normalizer.words(unit.name)
        var names: [[String]] = [words]
        var places: [[String]] = []
        if let (family, opener) = Self.opener(of: words) {
            places = Self.placeForms(Array(words.dropFirst(opener.count)))
            for p in places {
                for o in family {
                    // ma- (headquarters), ka- (chief), waka- (deputy) go on the short forms only.
                    for prefix in o[0].hasPrefix("pol") ? Self.prefixes : [""] {
                        var phrase = o
                        phrase[0] = prefix + phrase[0]
                        names.append(phrase + p)
                    }
                }
                if family[0] == ["polda"], let joined = JoinedUnitNames.byPlace[p] {
                    for j in joined { names += Self.prefixes.map { [$0 + j] } }
                }
            }
        }
        var registered = [words]
        for alias in unit.aliases {
            let w = normalizer.words(alias)
            if !w.isEmpty { names.append(w); registered.append(w) }
        }
        var seen = Set<[String]>()
        self.names = names.filter { !$0.isEmpty && seen.insert($0).inserted }
        self.registered = registered
        var seenPlaces = Set<[String]>()
        self.places = places.filter {
            ($0.count > 1 || ($0.first?.count ?? 0) >= 4) && seenPlaces.insert($0).inserted
        }
    }

    /// The place as registered and the forms texts also use: without a trailing or leading
    /// "Kota"/"Kabupaten", a port without or with "Pelabuhan", and each `PlaceForms` variant.
    static func placeForms(_ place: [String]) -> [[String]] {
        var bases: [[String]] = []
        var p = place
        if !p.isEmpty { bases.append(p) }
        if p.count >= 2, p.last == "kota" || p.last == "kabupaten" {
            p.removeLast()
            bases.append(p)
        }
        if p.count >= 2, p[0] == "kota" || p[0] == "kabupaten" || p[0] == "kab" {
            p.removeFirst()
            bases.append(p)
        }
        if p.count >= 2, p[0] == "pelabuhan", PortUnits.places.contains(Array(p.dropFirst())) {
            bases.append(Array(p.dropFirst()))
        } else if PortUnits.places.contains(p) {
            bases.append(["pelabuhan"] + p)
        }
        return bases.flatMap { RegionShortForms.variants(of: $0) }
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
