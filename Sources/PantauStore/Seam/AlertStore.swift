import Foundation
import PantauModel

/// Alert lifecycle state per notifier, and the history of what was sent.
public protocol AlertStore: Sendable {
    /// The stored lifecycle states of one notifier.
    func alertStates(notifier: String) async throws -> [AlertState]

    /// Replaces one notifier's states and appends history lines, in one transaction.
    func saveAlertStates(notifier: String, _ states: [AlertState], events: [AlertEvent]) async throws

    /// Alert history, newest first, at most `limit` lines.
    func alertHistory(limit: Int) async throws -> [AlertEvent]
}
