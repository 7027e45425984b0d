extension UnitForms {
    /// The forms of all registered units with the generated names that would mislead removed: a
    /// generated name that is another unit's registered name or alias ("Polres Malang" generated from
    /// "Polresta Malang Kota" while "Polres Malang" is registered), or that two units would both
    /// generate, names neither. Registered names and aliases are always kept; places stay (they are
    /// only hints, and several units may share one).
    static func resolved(_ all: [UnitForms]) -> [UnitForms] {
        var registeredBy: [[String]: Int] = [:]
        var generatedBy: [[String]: Int] = [:]
        for (i, f) in all.enumerated() {
            for r in f.registered { registeredBy[r] = registeredBy[r].map { $0 == i ? i : -1 } ?? i }
            for n in f.names where !f.registered.contains(n) {
                generatedBy[n] = generatedBy[n].map { $0 == i ? i : -1 } ?? i
            }
        }
        return all.enumerated().map { i, f in
            var kept = f
            kept.names = f.names.filter { n in
                if f.registered.contains(n) { return true }
                if let r = registeredBy[n], r != i { return false }
                return generatedBy[n] == i
            }
            return kept
        }
    }
}
