/// A public-service innovation a unit has registered (SIMBA, Panic Button, Ngopi Kamtibmas…).
public struct Innovation: Sendable, Hashable, Codable {
    public var id: String
    public var unitID: String
    public var name: String
    public var acronym: String?
    public var aliases: [String]
    /// Without the leading '#'.
    public var hashtags: [String]
    /// Support a match, never make one alone.
    public var keywords: [String]
    /// A post containing one of these is not about this innovation.
    public var exclude: [String]
    public var area: Area
    public var launched: Day?
    /// At least one public post is expected per this period; nil means the default (14 days).
    public var cadence: Seconds?

    /// The six change areas of a Zona Integritas.
    public enum Area: String, Sendable, Hashable, Codable, CaseIterable {
        case manajemenPerubahan = "manajemen-perubahan"
        case tataLaksana = "tata-laksana"
        case sdm
        case akuntabilitas
        case pengawasan
        case pelayananPublik = "pelayanan-publik"
    }

    public static let defaultCadence: Seconds = 14 * 86_400

    public init(id: String, unitID: String, name: String, acronym: String? = nil, aliases: [String] = [],
                hashtags: [String] = [], keywords: [String] = [], exclude: [String] = [],
                area: Area = .pelayananPublik, launched: Day? = nil, cadence: Seconds? = nil) {
        self.id = id
        self.unitID = unitID
        self.name = name
        self.acronym = acronym
        self.aliases = aliases
        self.hashtags = hashtags
        self.keywords = keywords
        self.exclude = exclude
        self.area = area
        self.launched = launched
        self.cadence = cadence
    }

    public var effectiveCadence: Seconds { cadence ?? Self.defaultCadence }
}
