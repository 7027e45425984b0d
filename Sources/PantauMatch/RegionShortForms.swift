/// Short forms Indonesian texts use for regions ("Jakbar" = Jakarta Barat, "Kalsel" = Kalimantan Selatan).
enum RegionShortForms {
    /// Full form (folded words) → short forms.
    static let table: [String: [String]] = [
        "jakarta barat": ["jakbar"], "jakarta selatan": ["jaksel"], "jakarta timur": ["jaktim"],
        "jakarta utara": ["jakut"], "jakarta pusat": ["jakpus"], "jawa timur": ["jatim"], "jawa tengah": ["jateng"],
        "jawa barat": ["jabar"], "kalimantan selatan": ["kalsel"], "kalimantan barat": ["kalbar"],
        "kalimantan timur": ["kaltim"], "kalimantan tengah": ["kalteng"], "kalimantan utara": ["kaltara"],
        "sumatera utara": ["sumut"], "sumatera barat": ["sumbar"], "sumatera selatan": ["sumsel"],
        "sulawesi selatan": ["sulsel"], "sulawesi utara": ["sulut"], "sulawesi tengah": ["sulteng"],
        "sulawesi tenggara": ["sultra"], "sulawesi barat": ["sulbar"], "nusa tenggara barat": ["ntb"],
        "nusa tenggara timur": ["ntt"], "daerah istimewa yogyakarta": ["diy"], "bangka belitung": ["babel"],
        "kepulauan riau": ["kepri"], "tangerang selatan": ["tangsel"], "tangerang kota": ["tangkot"],
        "bandar lampung": ["balam"], "yogyakarta": ["jogja", "yogya", "jogjakarta"],
        "banyuwangi": ["bwi"], "pontianak kota": ["ptk kota"],
    ]

    /// The variants of a place: itself, its short forms, and the reverse (a short form's full form).
    static func variants(of place: [String]) -> [[String]] {
        let key = place.joined(separator: " ")
        var out: [[String]] = [place]
        for s in table[key] ?? [] { out.append(s.split(separator: " ").map(String.init)) }
        for (full, shorts) in table where shorts.contains(key) {
            out.append(full.split(separator: " ").map(String.init))
        }
        return out
    }
}
