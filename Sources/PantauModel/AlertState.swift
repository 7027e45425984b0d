import Foundation

/// What Pantau remembers about one alert condition between runs (the store persists it).
public struct AlertState: Sendable, Hashable, Codable {
    public enum Status: String, Sendable, Hashable, Codable { case firing, resolved }

    public var fingerprint: String
    /// The latest evaluation of the condition (its message may change from run to run).
    public var alert: Alert
    public var status: Status
    /// Start of the current (or last) firing episode.
    public var firedAt: Date
    public var resolvedAt: Date?
    /// When a notification of this episode was last delivered.
    public var lastNotified: Date?
    /// A notification decided but not yet confirmed delivered: it is offered again on every run
    /// until `AlertLifecycle.delivered` confirms it, so nothing is lost and nothing sent twice.
    public var pending: AlertNotification.Kind?
    /// How many firing episodes this condition has had.
    public var episodes: Int

    public init(fingerprint: String, alert: Alert, status: Status, firedAt: Date, resolvedAt: Date? = nil,
                lastNotified: Date? = nil, pending: AlertNotification.Kind? = nil, episodes: Int = 1) {
        self.fingerprint = fingerprint
        self.alert = alert
        self.status = status
        self.firedAt = firedAt
        self.resolvedAt = resolvedAt
        self.lastNotified = lastNotified
        self.pending = pending
        self.episodes = episodes
    }
}

/// A message to send about one alert.
public struct AlertNotification: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The condition started (or started again after it had cleared).
        case firing
        /// Still firing; repeated at most every `repeat` interval.
        case repeating
        /// The condition cleared.
        case resolved
    }

    public var kind: Kind
    public var alert: Alert
    public var firedAt: Date
    public var resolvedAt: Date?

    public init(kind: Kind, alert: Alert, firedAt: Date, resolvedAt: Date? = nil) {
        self.kind = kind
        self.alert = alert
        self.firedAt = firedAt
        self.resolvedAt = resolvedAt
    }
}

/// The notifications for one unit, sent as one message.
public struct AlertNotificationGroup: Sendable, Hashable, Codable {
    public var unitID: String
    public var notifications: [AlertNotification]

    public init(unitID: String, notifications: [AlertNotification]) {
        self.unitID = unitID
        self.notifications = notifications
    }

    /// The fingerprints to confirm with `AlertLifecycle.delivered` once the message went out.
    public var fingerprints: [String] { notifications.map(\.alert.fingerprint) }
}
