import PantauModel

/// English counts with the right plural: "1 source", "2 sources".
enum English {
    static func count(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(LocalFormat.integer(n, language: .en)) \(n == 1 ? one : many ?? one + "s")"
    }
}
