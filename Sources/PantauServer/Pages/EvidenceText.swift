import PantauModel

/// The matcher's evidence lines ("acronym: SIMBA", "unit: Polres Tuban (own channel)") as a page in
/// `language` shows them. The stored lines stay as the matcher wrote them (the JSON API and `pantau
/// match` give them unchanged); only their fixed words are put into Indonesian. The words taken from
/// the post or the registry are kept as written.
enum EvidenceText {
    static func line(_ line: String, _ language: Language) -> String {
        guard language == .id, let colon = line.range(of: ": ") else { return line }
        let label = String(line[..<colon.lowerBound]), rest = String(line[colon.upperBound...])
        guard let word = labels[label] else { return line }
        return word + ": " + (label == "unit" ? unit(rest) : rest)
    }

    private static let labels = [
        "name": "nama", "acronym": "akronim", "alias": "alias", "hashtag": "tagar", "typo": "salah ketik",
        "partial name": "sebagian nama", "keyword": "kata kunci", "exclude": "pengecualian", "unit": "unit",
    ]

    /// "X (own channel)", "X (named in text)", "X (place "Y" named in text)", "X (post from the channel
    /// of Y)", "not named (only X registers this innovation)".
    private static func unit(_ rest: String) -> String {
        if rest.hasPrefix("not named (only "), rest.hasSuffix(" registers this innovation)") {
            let name = rest.dropFirst("not named (only ".count).dropLast(" registers this innovation)".count)
            return "tidak disebut (hanya \(name) yang mendaftarkan inovasi ini)"
        }
        let endings = [(" (own channel)", " (kanal unit sendiri)"), (" (named in text)", " (disebut dalam teks)")]
        for (en, id) in endings where rest.hasSuffix(en) { return rest.dropLast(en.count) + id }
        if rest.hasSuffix(" named in text)"), let open = rest.range(of: " (place ") {
            let place = rest[open.upperBound...].dropLast(" named in text)".count)
            return rest[..<open.lowerBound] + " (tempat \(place) disebut dalam teks)"
        }
        if rest.hasSuffix(")"), let open = rest.range(of: " (post from the channel of ") {
            let channel = rest[open.upperBound...].dropLast()
            return rest[..<open.lowerBound] + " (unggahan dari kanal \(channel))"
        }
        return rest
    }
}
