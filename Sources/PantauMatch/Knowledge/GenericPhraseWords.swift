/// Data: words that make part of an innovation's name a phrase any post may use ("Zona Integritas"
/// of "Klinik Zona Integritas", "zona selatan" of "Shelter Pelayanan Zona Selatan"). A shortened
/// name is suggested as an alias only when it holds a word that is neither this nor an everyday word.
enum GenericPhraseWords {
    static let all: Set<String> = [
        "zona", "integritas", "wbk", "wbbm", "utara", "selatan", "timur", "barat", "tengah", "pusat", "wilayah",
        "publik", "umum", "kabupaten", "kecamatan", "kelurahan", "provinsi", "negeri", "nasional", "indonesia",
        "baru", "lama", "besar", "kecil", "khusus", "terpadu", "terintegrasi", "center", "centre", "unit", "satuan",
    ]

    /// Whether `words` says something of its own: one word is neither generic nor everyday.
    static func distinctive(_ words: [String]) -> Bool {
        words.contains { !all.contains($0) && !EverydayWords.contains($0) }
    }
}
