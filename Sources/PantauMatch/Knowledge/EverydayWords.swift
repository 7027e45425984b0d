/// Words that appear in police posts every day and therefore never identify an innovation alone,
/// even when a registry uses one as an acronym or a one-word alias ("SIM", "SKCK", "tilang", "kopi").
enum EverydayWords {
    static let all: Set<String> = [
        "sim", "skck", "stnk", "bpkb", "tnkb", "tilang", "etle", "kopi", "ngopi", "polisi", "polri", "polres",
        "polsek", "polda", "polresta", "lantas", "lalu", "lintas", "satlantas", "patroli", "curhat", "jumat",
        "sabtu", "minggu", "senin", "selasa", "rabu", "kamis", "layanan", "pelayanan", "inovasi", "program",
        "kamtibmas", "bhabinkamtibmas", "bhabin", "warga", "masyarakat", "online", "digital", "aplikasi",
        "presisi", "aman", "siap", "sehat", "peduli", "cepat", "tepat", "ceria", "bersih", "sigap", "tertib",
        "jujur", "humanis", "simpatik", "sahabat", "teman", "sapa", "bantu", "cinta", "kasih", "ramah", "mudah",
        "ujian", "tes", "test", "ujian", "berita", "info", "humas", "polantas", "anak", "sekolah", "pasar",
        "kampung", "desa", "kota", "taman", "rumah", "pos", "motor", "mobil", "tombol",
        "darurat", "keliling", "sistem", "gerakan", "posko", "data", "bersama", "to", "gratis", "praktik", "latihan",
        "mas", "mbak", "pak", "bu", "siaga", "bijak", "hebat", "prima", "smart", "super",
    ]

    static func contains(_ word: String) -> Bool { all.contains(word) }
}
