import Foundation
import PantauModel
import PantauStore
import Testing

/// Alert states, history and editors' answers, on every backend.
@Suite struct AlertContractTests {
    let t0 = Contract.t0

    func alert(_ unit: String, _ innovation: String) -> Alert {
        Alert(rule: .silentInnovation, unitID: unit, innovationID: innovation, severity: .warning,
              message: LocalizedText(id: "senyap", en: "silent"), since: Contract.t0 - Contract.day)
    }

    func event(_ a: Alert, _ kind: String, at: Date, notifier: String = "email") -> AlertEvent {
        AlertEvent(at: at, notifier: notifier, fingerprint: a.fingerprint, unitID: a.unitID, kind: kind, delivered: true,
                   error: nil, message: a.message.en)
    }

    @Test(arguments: ContractBackends.all)
    func anAlertGoesFromFiringToResolvedWithItsHistoryNewestFirst(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let x = alert("u1", "inov"), y = alert("u2", "other")
            let firing = [AlertState(fingerprint: x.fingerprint, alert: x, status: .firing, firedAt: t0, lastNotified: t0, pending: .firing),
                          AlertState(fingerprint: y.fingerprint, alert: y, status: .firing, firedAt: t0)]
            try await store.saveAlertStates(notifier: "email", firing, events: [event(x, "firing", at: t0), event(y, "firing", at: t0)])
            #expect(try await store.alertStates(notifier: "email") == firing)
            #expect(try await store.alertStates(notifier: "webhook").isEmpty, "states are per notifier")

            var resolved = firing[0]
            resolved.status = .resolved
            resolved.resolvedAt = t0 + Contract.hour
            resolved.pending = nil
            try await store.saveAlertStates(notifier: "email", [resolved], events: [event(x, "resolved", at: t0 + Contract.hour)])
            #expect(try await store.alertStates(notifier: "email") == [resolved], "the states are replaced")
            let history = try await store.alertHistory(limit: 10)
            #expect(history.map(\.kind) == ["resolved", "firing", "firing"])
            #expect(try await store.alertHistory(limit: 1).map(\.kind) == ["resolved"])
            #expect(try await store.alertHistory(unitIDs: ["u2"], limit: 10).map(\.fingerprint) == [y.fingerprint])
        }
    }

    @Test(arguments: ContractBackends.all)
    func acknowledgementsAndSilencesAreKeptNewestFirstPerUnit(_ backend: ContractBackend) async throws {
        try await backend.withStore { store in
            let x = alert("u1", "inov"), y = alert("u2", "other")
            let ack = AlertAcknowledgement(fingerprint: x.fingerprint, unitID: "u1", action: .acknowledge, reason: "sedang ditangani",
                                           by: "editor1", at: t0)
            let silence = AlertAcknowledgement(fingerprint: y.fingerprint, unitID: "u2", action: .silence, reason: "libur",
                                               by: "editor2", at: t0 + 60, until: t0 + 7 * Contract.day)
            try await store.saveAcknowledgement(ack)
            try await store.saveAcknowledgement(silence)
            #expect(try await store.acknowledgements(unitIDs: nil, limit: 10) == [silence, ack])
            #expect(try await store.acknowledgements(unitIDs: ["u1"], limit: 10) == [ack])
            #expect(try await store.acknowledgements(unitIDs: nil, limit: 1) == [silence])
        }
    }
}
