/// Data: unit names written as one word ("Poldasu" for Polda Sumatera Utara), by the unit's place.
/// They take the chief prefixes like the other openers ("Kapoldasu", "Wakapoldasu", "Mapoldasu").
enum JoinedUnitNames {
    static let byPlace: [[String]: [String]] = [
        ["sumatera", "utara"]: ["poldasu"],
        ["sumatera", "barat"]: ["poldasumbar"],
        ["metro", "jaya"]: ["poldametro"],
    ]
}
