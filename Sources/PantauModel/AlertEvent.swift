import Foundation

/// One line of alert history.
public struct AlertEvent: Sendable, Hashable, Codable {
    public var at: Date
    public var notifier: String
    public var fingerprint: String
    public var unitID: String
    /// firing, repeating or resolved.
    public var kind: String
    public var delivered: Bool
    public var error: String?
    public var message: String

    public init(at: Date, notifier: String, fingerprint: String, unitID: String, kind: String, delivered: Bool,
                error: String?, message: String) {
        self.at = at
        self.notifier = notifier
        self.fingerprint = fingerprint
        self.unitID = unitID
        self.kind = kind
        self.delivered = delivered
        self.error = error
        self.message = message
    }
}
