extension Matcher {
    /// Words that follow "Polres"/"Kapolres" without naming a place (ranks, "jajaran", "se-").
    static let ranks: Set<String> = [
        "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigpol", "briptu", "bripda", "kombes",
        "kombespol", "ajun", "komisaris", "inspektur", "brigadir",
    ]
    static let notPlaces: Set<String> = [
        "pol", "jajaran", "se", "di", "dan", "yang", "beserta", "bersama", "serta", "metro", "kota", "kabupaten",
        "setempat", "tersebut", "itu", "ini", "hingga", "sampai", "untuk", "juga", "telah", "sudah", "akan", "menggelar",
    ]

    /// Words inside a unit name between its opener and its place ("Polres Kota Tuban", "Polres Metro …").
    static let nameFillers: Set<String> = ["pol", "metro", "kota", "kabupaten"]

    /// Calls `body(i, j)` for each word `i` that opens a unit name of kind `kind` (`UnitOpener` bits),
    /// with `j` the first word after it that may name the place (up to two filler words such as
    /// "kota", "metro" are passed over; `j` may be `ids.count`). Other words that are no place
    /// ("Polres di Sumut", "Polres jajaran …", "Polres se-Jatim") end the name: they speak of Polres
    /// in general.
    @inline(__always)
    private func forEachOpener(_ kind: UInt8, _ ids: UnsafeBufferPointer<Int32>, _ text: NormalizedText,
                               _ body: (Int, Int) -> Void) {
        let n = ids.count
        opener.withUnsafeBufferPointer { opener in
            for i in 0..<n where opener[Int(ids[i])] & kind != 0 {
                var j = i + 1
                while j < n, fillerWords.contains(token: j, of: text), j < i + 3 { j += 1 }
                body(i, j)
            }
        }
    }

    /// Polres-level unit names in the text that no registered unit accounts for.
    func findOtherUnits(_ ids: UnsafeBufferPointer<Int32>, into f: inout Findings) {
        let text = f.text
        forEachOpener(UnitOpener.polres, ids, text) { i, j in
            // "Kapolres AKBP Fulan": a rank is followed by a person, not a place.
            guard j < ids.count, !notPlaceWords.contains(token: j, of: text), !rankWords.contains(token: j, of: text),
                  !text.tokens[j].flags.contains(.sentenceStart)
            else { return }
            // Part of a registered unit's name.
            if f.namedUnits.values.contains(where: { m in
                if case .words(let r) = m { return r.contains(i) || r.contains(j) } else { return false }
            }) { return }
            // Part of an innovation's name ("Lapor Pak Kapolres").
            if f.candidates.containsValue(where: { $0.covers(i) }) { return }
            f.otherUnits.append(i..<(j + 1))
        }
    }

    /// "Polsek [Kota] Tuban", "Kapolsek Tuban": a Polsek (registered or not) in the area of the unit whose
    /// place follows. A Polsek whose place is no registered place says nothing (it may be under any unit).
    func findPolsekAreas(_ ids: UnsafeBufferPointer<Int32>, into f: inout Findings) {
        forEachOpener(UnitOpener.polsek, ids, f.text) { i, j in
            guard j < ids.count, let hit = f.placeHits.first(where: { $0.range.lowerBound == j }) else { return }
            // A registered Polsek named in full is already a named unit.
            if f.namedUnits[hit.unit] == nil, f.areaUnits[hit.unit] == nil { f.areaUnits[hit.unit] = .words(i..<hit.range.upperBound) }
        }
    }
}
