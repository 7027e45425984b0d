/// A police unit that builds a Zona Integritas: Polda, Polres, Polresta, Polsek, a satker.
public struct Unit: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var kind: Kind
    public var parent: String?
    public var aliases: [String]

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case polda, polres, polresta, polrestabes, polsek, satker, other
    }

    public init(id: String, name: String, kind: Kind = .other, parent: String? = nil, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parent = parent
        self.aliases = aliases
    }
}
