import PantauModel

/// Deterministic generator of an Indonesian-like registry and posts for the benchmark.
struct Generator {
    /// SplitMix64: small, fast, reproducible.
    struct RNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }
    }

    static let common = """
    yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga oleh sebagai warga masyarakat polisi \
    kegiatan kapolres personel anggota bersama hari kamis jumat sabtu minggu senin selasa rabu pagi siang malam \
    desa kecamatan kelurahan kabupaten kota jalan pasar sekolah masjid balai lapangan kantor rumah pelayanan \
    layanan inovasi program publik kamtibmas bhabinkamtibmas lalu lintas pengendara sepeda motor mobil kendaraan \
    keamanan ketertiban patroli pengamanan sosialisasi edukasi imbauan kepada seluruh para tokoh agama pemuda \
    pelajar mahasiswa petugas satlantas satreskrim satbinmas humas polsek polres polresta polda jajaran terus \
    mengajak menghimbau memberikan melaksanakan menggelar mendatangi membagikan menyampaikan mendengarkan \
    keluhan aspirasi informasi laporan pengaduan cepat mudah gratis aman nyaman tertib lancar sehat bantuan \
    sembako masker vaksinasi banjir longsor kebakaran kecelakaan pencurian narkoba sabu tersangka barang bukti \
    operasi zebra ketupat lilin razia tilang sim skck stnk bpkb surat izin mengemudi ujian praktik teori antrean \
    syarat berkas online aplikasi website media sosial instagram facebook youtube video foto kopi ngopi warung \
    curhat sambang silaturahmi dialog diskusi rapat koordinasi apel upacara penghargaan prestasi presisi \
    sebanyak puluhan ratusan ribuan orang wib pukul tahun bulan pekan lalu depan sudah belum masih bisa dapat \
    harus agar supaya karena sehingga namun tetapi serta atau hingga sampai mulai selama setelah sebelum
    """.split(separator: " ").map(String.init)

    static let syllables = ["ka", "ma", "ra", "sa", "ta", "ba", "da", "ga", "la", "na", "pa", "wa", "ja", "ya", "ki",
                            "mi", "ri", "si", "ti", "bi", "di", "li", "ni", "pi", "ku", "mu", "ru", "su", "tu", "bu",
                            "du", "gu", "lu", "nu", "pu", "ko", "mo", "ro", "so", "to", "ng", "an", "in", "un", "ang",
                            "ung", "ing", "ran", "sar", "tan", "bang", "rejo", "harjo", "wangi", "sari"]

    var rng: RNG

    mutating func word() -> String {
        var w = ""
        for _ in 0..<(2 + rng.int(3)) { w += Self.syllables[rng.int(Self.syllables.count)] }
        return w
    }

    mutating func capitalized(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }

    /// `units` units and `count` innovations; about 5% of names are shared by several units.
    mutating func registry(units unitCount: Int, innovations count: Int) -> ([Unit], [Innovation]) {
        var places = Set<String>()
        while places.count < unitCount { places.insert(capitalized(word())) }
        let kinds: [(String, Unit.Kind)] = [("Polres", .polres), ("Polresta", .polresta), ("Polsek", .polsek)]
        let units = places.sorted().enumerated().map { i, p in
            let k = kinds[i % kinds.count]
            return Unit(id: "u\(i)", name: "\(k.0) \(p)", kind: k.1)
        }
        var innovations: [Innovation] = []
        var shared: [String] = []
        while innovations.count < count {
            let unit = units[rng.int(units.count)]
            var name: String
            if !shared.isEmpty && rng.chance(0.05) {
                name = shared[rng.int(shared.count)]
            } else {
                let n = 2 + rng.int(3)
                name = (0..<n).map { _ in rng.chance(0.4) ? Self.common[rng.int(Self.common.count)] : word() }
                    .map { capitalized($0) }.joined(separator: " ")
                if rng.chance(0.1) { shared.append(name) }
            }
            let acronym = rng.chance(0.7) ? word().uppercased() : nil
            innovations.append(Innovation(id: "i\(innovations.count)", unitID: unit.id, name: name, acronym: acronym))
        }
        return (units, innovations)
    }

    /// A post of about `length` characters: sentences of common and invented words, sometimes naming
    /// an innovation, a unit, or carrying hashtags.
    mutating func post(length: Int, units: [Unit], innovations: [Innovation]) -> String {
        var s = ""
        var sentenceStart = true
        while s.utf8.count < length {
            let r = rng.int(100)
            var w: String
            if r < 2, let inv = innovations.randomElement(using: &rng) {
                w = rng.chance(0.5) ? inv.name : (inv.acronym ?? inv.name)
            } else if r < 4, let u = units.randomElement(using: &rng) {
                w = u.name
            } else if r < 5 {
                w = "#" + capitalized(word()) + capitalized(Self.common[rng.int(Self.common.count)])
            } else if r < 75 {
                w = Self.common[rng.int(Self.common.count)]
            } else {
                w = word()
            }
            if sentenceStart { w = capitalized(w) }
            s += w
            sentenceStart = false
            switch rng.int(20) {
            case 0: s += ". "; sentenceStart = true
            case 1: s += ", "
            default: s += " "
            }
        }
        return s
    }
}

extension Generator.RNG: RandomNumberGenerator {}
