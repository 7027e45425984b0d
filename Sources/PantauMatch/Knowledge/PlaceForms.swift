/// Data: the ways Indonesian texts write a region, regency or city. One line per place, official form
/// first, then the everyday forms (region short forms, regency acronyms, a city's short name, the
/// closed or open spelling of a compound name). Folded words, one space between. Any form of a line
/// stands for every other form of it (`RegionShortForms.variants`).
///
/// A form here is only a candidate: `UnitForms.resolved` drops a generated unit name that is another
/// registered unit's name, or that two units would share.
enum PlaceForms {
    static let lines: [[String]] = [
        // Provinces (Polda regions).
        ["jawa timur", "jatim"], ["jawa tengah", "jateng"], ["jawa barat", "jabar"],
        ["kalimantan selatan", "kalsel"], ["kalimantan barat", "kalbar"], ["kalimantan timur", "kaltim"],
        ["kalimantan tengah", "kalteng"], ["kalimantan utara", "kaltara"],
        ["sumatera utara", "sumut", "sumatra utara"], ["sumatera barat", "sumbar", "sumatra barat"],
        ["sumatera selatan", "sumsel", "sumatra selatan"],
        ["sulawesi selatan", "sulsel"], ["sulawesi utara", "sulut"], ["sulawesi tengah", "sulteng"],
        ["sulawesi tenggara", "sultra"], ["sulawesi barat", "sulbar"],
        ["nusa tenggara barat", "ntb"], ["nusa tenggara timur", "ntt"], ["daerah istimewa yogyakarta", "diy"],
        ["bangka belitung", "babel"], ["kepulauan bangka belitung", "babel"], ["kepulauan riau", "kepri"],
        ["maluku utara", "malut"], ["papua barat", "pabar"],
        // Jakarta and its neighbours.
        ["jakarta barat", "jakbar"], ["jakarta selatan", "jaksel"], ["jakarta timur", "jaktim"],
        ["jakarta utara", "jakut"], ["jakarta pusat", "jakpus"], ["tangerang selatan", "tangsel"],
        ["tangerang kota", "tangkot"],
        // Regencies written by their acronym.
        ["indragiri hulu", "inhu"], ["indragiri hilir", "inhil"], ["kuantan singingi", "kuansing"],
        ["rokan hulu", "rohul"], ["rokan hilir", "rohil"], ["musi banyuasin", "muba"], ["musi rawas", "mura"],
        ["ogan komering ilir", "oki"], ["ogan komering ulu", "oku"], ["labuhanbatu selatan", "labusel"],
        ["labuhanbatu utara", "labura"], ["labuhanbatu", "labuhan batu"], ["tapanuli selatan", "tapsel"],
        ["tapanuli utara", "taput"], ["tapanuli tengah", "tapteng"], ["mandailing natal", "madina"],
        ["humbang hasundutan", "humbahas"], ["serdang bedagai", "sergai"], ["hulu sungai selatan", "hss"],
        ["hulu sungai tengah", "hst"], ["hulu sungai utara", "hsu"], ["tanah bumbu", "tanbu"],
        ["kutai kartanegara", "kukar"], ["kutai barat", "kubar"], ["kutai timur", "kutim"],
        ["penajam paser utara", "ppu"], ["sumbawa barat", "ksb"], ["bandar lampung", "balam"],
        // Cities: everyday short names and spellings.
        ["pematangsiantar", "siantar", "pematang siantar"], ["yogyakarta", "jogja", "yogya", "jogjakarta"],
        ["tanjungbalai", "tanjung balai"], ["tanjungpinang", "tanjung pinang"], ["pangkalpinang", "pangkal pinang"],
        ["padangsidimpuan", "padang sidimpuan", "padangsidempuan"], ["deli serdang", "deliserdang"],
        ["bukittinggi", "bukit tinggi"], ["lubuklinggau", "lubuk linggau"], ["palangka raya", "palangkaraya"],
        ["banjarbaru", "banjar baru"], ["pagar alam", "pagaralam"], ["muara enim", "muaraenim"],
        ["gunungkidul", "gunung kidul"], ["kulon progo", "kulonprogo"], ["banyuwangi", "bwi"],
        ["pontianak kota", "ptk kota"],
    ]
}
