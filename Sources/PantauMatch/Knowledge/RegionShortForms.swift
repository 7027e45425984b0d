/// The forms Indonesian texts use for places ("Jakbar" = Jakarta Barat, "Siantar" = Pematangsiantar),
/// from the data in `Knowledge/PlaceForms.swift`.
enum RegionShortForms {
    /// Each form (words joined by one space) → the indices of the `PlaceForms` lines holding it.
    static let index: [String: [Int]] = {
        var out: [String: [Int]] = [:]
        for (k, line) in PlaceForms.lines.enumerated() {
            for form in line { out[form, default: []].append(k) }
        }
        return out
    }()

    /// The variants of a place: itself and every other form on its lines.
    static func variants(of place: [String]) -> [[String]] {
        var out: [[String]] = [place]
        for k in index[place.joined(separator: " ")] ?? [] {
            for form in PlaceForms.lines[k] {
                let w = form.split(separator: " ").map(String.init)
                if !out.contains(w) { out.append(w) }
            }
        }
        return out
    }

    /// `words` with any place form inside swapped for its other forms ("Polisi Kita Sumatera Utara" →
    /// "Polisi Kita Sumut"): innovation names often carry their unit's region.
    static func inName(_ words: [String]) -> [[String]] {
        var out: [[String]] = [words]
        for start in words.indices {
            for len in 1...min(4, words.count - start) {
                let part = Array(words[start..<(start + len)])
                let forms = variants(of: part)
                guard forms.count > 1 else { continue }
                for f in forms.dropFirst() {
                    let v = Array(words[..<start]) + f + Array(words[(start + len)...])
                    if !out.contains(v) { out.append(v) }
                }
            }
        }
        return out
    }
}
