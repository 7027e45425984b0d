import Foundation
import PantauModel

/// Somewhere alert notifications go. Each notifier keeps its own alert states, so one that is down
/// gets everything later and one that works is not held back.
public protocol Notifier: Sendable {
    /// A stable key for this notifier's states, e.g. "webhook https://hooks.example.org/pantau".
    var key: String { get }
    /// Delivers one unit's notifications; throws when the receiver did not accept them.
    func deliver(_ group: AlertNotificationGroup, unitName: String?, now: Date) async throws(AlertDeliveryError)
}

/// Why a delivery failed, in words.
public struct AlertDeliveryError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}
