/// Data: police service acronyms inside innovation names and their written-out forms ("SPKT Door to
/// Door" is also written "Sentra Pelayanan Kepolisian Terpadu Door to Door"), with the other short
/// forms of name words. Folded words; each entry's forms stand for one another
/// (`PhraseAbbreviations.variants`).
enum ServiceAcronyms {
    static let table: [[String]: [[String]]] = [
        ["lalu", "lintas"]: [["lalin"], ["lantas"]],
        ["bhabinkamtibmas"]: [["bhabin"], ["babinkamtibmas"], ["babin"]],
        ["praktik"]: [["praktek"]],
        ["sistem"]: [["system"]],
        ["pelayanan"]: [["layanan"]],
        ["kepolisian"]: [["polisi"]],
        ["jumat"]: [["jumaat"]],
        ["surat", "izin", "mengemudi"]: [["sim"]],
        ["sentra", "pelayanan", "kepolisian", "terpadu"]: [["spkt"]],
        ["surat", "keterangan", "catatan", "kepolisian"]: [["skck"]],
        ["surat", "tanda", "nomor", "kendaraan"]: [["stnk"]],
        ["satuan", "penyelenggara", "administrasi", "sim"]: [["satpas"]],
        ["sistem", "administrasi", "manunggal", "satu", "atap"]: [["samsat"]],
        ["centre"]: [["center"]],
        ["operasi"]: [["operasional"]],
    ]
}
