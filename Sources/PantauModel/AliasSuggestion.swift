/// A spelling Pantau saw in stored posts that the registry does not hold, with its evidence.
/// Nothing is written to the registry: the ZI team copies the YAML lines it accepts.
public struct AliasSuggestion: Sendable, Hashable, Codable {
    /// Where the candidate came from.
    public enum Source: String, Sendable, Hashable, Codable {
        /// The innovation's name or acronym next to a unit spelling the registry lacks.
        case nearMiss = "near-miss"
        /// The unit's own channel writing its innovation in a spelling the registry lacks.
        case ownChannel = "own-channel"
        /// A hashtag that keeps company with a matched innovation.
        case hashtag
    }

    /// What to add.
    public enum Kind: String, Sendable, Hashable, Codable {
        case unitAlias = "unit-alias"
        case innovationAlias = "innovation-alias"
        case hashtag
    }

    /// One post where the spelling was seen.
    public struct Example: Sendable, Hashable, Codable {
        public var sentence: String
        public var url: String?

        public init(sentence: String, url: String?) {
            self.sentence = sentence
            self.url = url
        }
    }

    /// Where it was seen (one spelling may come from several sources: a hashtag on the unit's own
    /// channel that also keeps company with the matched innovation).
    public var sources: [Source]
    public var kind: Kind
    public var unitID: String
    /// The innovation concerned (for a unit alias: the innovation whose near-miss revealed it).
    public var innovationID: String?
    /// The spelling as written in the posts ("Polres Tanjung Perak", "Posko Mobile", "ZonaIntegritas").
    public var spelling: String
    /// How many posts show it.
    public var posts: Int
    /// Two or three of them.
    public var examples: [Example]
    /// The lines to put in the unit's registry file.
    public var yaml: [String]

    public init(sources: [Source], kind: Kind, unitID: String, innovationID: String?, spelling: String, posts: Int,
                examples: [Example], yaml: [String]) {
        self.sources = sources
        self.kind = kind
        self.unitID = unitID
        self.innovationID = innovationID
        self.spelling = spelling
        self.posts = posts
        self.examples = examples
        self.yaml = yaml
    }
}
