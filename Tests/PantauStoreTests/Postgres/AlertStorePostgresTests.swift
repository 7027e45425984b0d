import Foundation
import PantauModel
@testable import PantauStore
import Testing

/// `AlertStore` on PostgreSQL answers as on SQLite: each notifier's states (replaced whole, in unit
/// and fingerprint order as bytes order them) and the history, newest first.
@Suite(.enabled(if: TwinStores.configured, TwinStores.skipReason))
struct AlertStorePostgresTests {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000.987_6)

    static func state(_ rule: AlertRule, unit: String, subject: String, firing: Bool = true, episodes: Int = 1) -> AlertState {
        let alert = Alert(rule: rule, unitID: unit, innovationID: subject, severity: .warning,
                          message: LocalizedText(id: "diam \(subject)", en: "silent \(subject)"), since: t0 - 86_400.5)
        return AlertState(fingerprint: alert.fingerprint, alert: alert, status: firing ? .firing : .resolved, firedAt: t0,
                          resolvedAt: firing ? nil : t0 + 60.25, lastNotified: t0 + 1, pending: firing ? .repeating : nil,
                          episodes: episodes)
    }

    static func event(_ s: AlertState, notifier: String, at: Date, delivered: Bool) -> AlertEvent {
        AlertEvent(at: at, notifier: notifier, fingerprint: s.fingerprint, unitID: s.alert.unitID, kind: "firing",
                   delivered: delivered, error: delivered ? nil : "webhook answered 500", message: s.alert.message.en)
    }

    /// Two notifiers' states and history, then the webhook's states replaced.
    static func write(_ store: any WorkspaceStore & CrawlStorage) async throws {
        let a = state(.silentInnovation, unit: "unit-b", subject: "zeta")
        let b = state(.brokenChannel, unit: "Unit-C", subject: "web", firing: false, episodes: 3)
        let c = state(.websiteOnly, unit: "unit-b", subject: "Alpha")
        try await store.saveAlertStates(notifier: "webhook", [a, b, c], events: [
            event(a, notifier: "webhook", at: t0, delivered: true), event(b, notifier: "webhook", at: t0, delivered: false),
        ])
        try await store.saveAlertStates(notifier: "stdout", [c], events: [event(c, notifier: "stdout", at: t0 + 0.000_3, delivered: true)])
        try await store.saveAlertStates(notifier: "webhook", [b, c], events: [event(c, notifier: "webhook", at: t0 + 5, delivered: true)])
    }

    @Test func statesAndHistoryAreTheSame() async throws {
        try await TwinStores.with { twins in
            try await twins.both(Self.write)
            for notifier in ["webhook", "stdout", "none"] {
                let a = try await twins.sqlite.alertStates(notifier: notifier)
                let b = try await twins.postgres.alertStates(notifier: notifier)
                #expect(b == a, "\(notifier)")
            }
            let webhook = try await twins.postgres.alertStates(notifier: "webhook")
            #expect(webhook.map(\.alert.unitID) == ["Unit-C", "unit-b"], "the replaced states, units in byte order")
            for limit in [0, 1, 2, 500] {
                let a = try await twins.sqlite.alertHistory(limit: limit)
                let b = try await twins.postgres.alertHistory(limit: limit)
                #expect(b == a, "limit \(limit)")
            }
            let history = try await twins.postgres.alertHistory(limit: 500)
            #expect(history.count == 4 && history.first?.notifier == "webhook" && history.first.map { abs($0.at.timeIntervalSince(AlertStorePostgresTests.t0 + 5)) < 0.001 } == true)
            #expect(history.filter { !$0.delivered }.map(\.error) == ["webhook answered 500"])
        }
    }
}
