import Foundation

/// A condition that needs someone's attention: an innovation gone silent, a channel that broke…
/// The same condition always gets the same `fingerprint`, so repeats can be recognised.
public struct Alert: Sendable, Hashable, Codable {
    /// Stable identity of the condition: "<rule>:<unit>:<innovation or source>".
    public var fingerprint: String
    public var rule: AlertRule
    public var unitID: String
    public var innovationID: String?
    public var sourceID: String?
    public var severity: AlertSeverity
    public var message: LocalizedText
    /// Since when the condition has held, when known (e.g. last post + cadence).
    public var since: Date?

    public init(rule: AlertRule, unitID: String, innovationID: String? = nil, sourceID: String? = nil,
                severity: AlertSeverity, message: LocalizedText, since: Date?) {
        self.fingerprint = Alert.fingerprint(rule: rule, unitID: unitID, subject: innovationID ?? sourceID)
        self.rule = rule
        self.unitID = unitID
        self.innovationID = innovationID
        self.sourceID = sourceID
        self.severity = severity
        self.message = message
        self.since = since
    }

    /// "<rule>:<unit>:<subject>", e.g. "silent-innovation:polres-tuban:polres-tuban-simba".
    public static func fingerprint(rule: AlertRule, unitID: String, subject: String?) -> String {
        "\(rule.rawValue):\(unitID):\(subject ?? "-")"
    }
}

/// The alert rules Pantau knows.
public enum AlertRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// No public post about an innovation within its cadence.
    case silentInnovation = "silent-innovation"
    /// Public posts within the cadence, but none on social media.
    case websiteOnly = "website-only"
    /// A channel that failed three crawls in a row or is gone.
    case brokenChannel = "broken-channel"
    /// A channel's weekly engagement fell under a share of its 8-week median.
    case engagementDrop = "engagement-drop"
    /// A registered social channel Pantau cannot see (token expired, stale bridge): a blind spot.
    case blindSpot = "blind-spot"
}

/// How urgent an alert is.
public enum AlertSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case info, warning, critical

    var rank: Int { switch self { case .info: 0; case .warning: 1; case .critical: 2 } }
    public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool { a.rank < b.rank }
}

/// The same text in Bahasa Indonesia and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var id: String
    public var en: String

    public init(id: String, en: String) {
        self.id = id
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .id ? id : en }
}
