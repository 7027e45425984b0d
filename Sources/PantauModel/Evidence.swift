import Foundation

/// Evidence (*bukti dukung*) for the Zona Integritas assessment (LKE, PermenPANRB 90/2021): every
/// public post found for each innovation, and a suggested answer for the items Pantau can see.
public struct EvidenceReport: Sendable, Hashable {
    public var generated: Date
    public var zone: TimeZone
    /// Start of the window the suggested answers look at.
    public var windowStart: Date
    public var units: [UnitEvidence]

    public init(generated: Date, zone: TimeZone, windowStart: Date, units: [UnitEvidence]) {
        self.generated = generated
        self.zone = zone
        self.windowStart = windowStart
        self.units = units
    }
}

/// One unit's evidence.
public struct UnitEvidence: Sendable, Hashable {
    public var unit: Unit
    public var innovations: [InnovationEvidence]
    public var answers: [LKEAnswer]

    public init(unit: Unit, innovations: [InnovationEvidence], answers: [LKEAnswer]) {
        self.unit = unit
        self.innovations = innovations
        self.answers = answers
    }
}

/// One innovation's public posts, newest first.
public struct InnovationEvidence: Sendable, Hashable {
    public var innovation: Innovation
    public var posts: [EvidencePost]

    public init(innovation: Innovation, posts: [EvidencePost]) {
        self.innovation = innovation
        self.posts = posts
    }
}

/// A post kept as evidence. `title` and `url` come from feeds: renderers must escape them.
public struct EvidencePost: Sendable, Hashable {
    public var postID: Int64
    public var sourceID: String
    public var platform: Platform
    public var url: String?
    public var title: String?
    public var published: Date?
    public var firstSeen: Date
    public var lastSeen: Date
    public var engagement: Engagement
    /// SHA-256 (hex) of the archived text; empty for an imported post (Pantau never fetched its text).
    public var textSHA256: String
    /// "export.csv:12" for a post brought in by `pantau import`: its online status is unknown and it
    /// has no hash. nil for a post Pantau crawled itself.
    public var importedFrom: String? = nil
    /// Whether the channel's last successful crawl still listed the post; nil when the channel
    /// has no successful crawl on record. A post no longer listed stays in the evidence.
    public var stillOnline: Bool?

    public init(postID: Int64, sourceID: String, platform: Platform, url: String?, title: String?, published: Date?,
                firstSeen: Date, lastSeen: Date, engagement: Engagement, textSHA256: String, stillOnline: Bool?) {
        self.postID = postID
        self.sourceID = sourceID
        self.platform = platform
        self.url = url
        self.title = title
        self.published = published
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.engagement = engagement
        self.textSHA256 = textSHA256
        self.stillOnline = stillOnline
    }

    /// The time the post counts at: published, else first seen.
    public var time: Date { published ?? firstSeen }
}

/// LKE items Pantau can suggest an answer for.
public enum LKEItem: String, Sendable, Hashable, Codable, CaseIterable {
    /// Pelayanan Publik ii.b: service information reachable through various media.
    case ppIIb = "PP ii.b"
    /// Pelayanan Publik ii.f: innovations exist and are documented.
    case ppIIf = "PP ii.f"
    /// Manajemen Perubahan ii.c: periodic socialisation through media.
    case mpIIc = "MP ii.c"
}

/// A, B, C or D as in the LKE answer scale.
public enum LKEGrade: String, Sendable, Hashable, Codable, CaseIterable {
    case a = "A", b = "B", c = "C", d = "D"
}

/// A suggested answer with the reason; a person decides.
public struct LKEAnswer: Sendable, Hashable {
    public var item: LKEItem
    public var grade: LKEGrade
    public var reason: LocalizedText

    public init(item: LKEItem, grade: LKEGrade, reason: LocalizedText) {
        self.item = item
        self.grade = grade
        self.reason = reason
    }
}
