import Foundation
import Testing
import PantauModel
@testable import PantauAlert
import PantauTestSupport

@Suite struct AlertLifecycleTests {
    let t0 = Sample.wib(2026, 11, 23, 8)
    func at(_ hours: Double) -> Date { t0.addingTimeInterval(hours * 3_600) }

    func alert(_ innovation: String, unit: String = "polres-tuban") -> Alert {
        Alert(rule: .silentInnovation, unitID: unit, innovationID: innovation, severity: .warning,
              message: LocalizedText(id: "diam: \(innovation)", en: "silent: \(innovation)"), since: nil)
    }

    /// Runs a step and confirms delivery of everything it asked to send (a notifier that works).
    func run(_ prev: [AlertState], _ alerts: [Alert], _ now: Date) -> (states: [AlertState], sent: [AlertNotification]) {
        let s = AlertLifecycle.step(previous: prev, current: alerts, now: now)
        let sent = s.groups.flatMap(\.notifications)
        return (AlertLifecycle.delivered(s.states, fingerprints: Set(sent.map(\.alert.fingerprint)), at: now), sent)
    }

    @Test func fireRepeatSuppressedResolveRefire() {
        let a = alert("panic")
        var (states, sent) = run([], [a], at(0))
        #expect(sent.map(\.kind) == [.firing])
        (states, sent) = run(states, [a], at(1))
        #expect(sent.isEmpty)                             // repeat suppressed within 24 h
        (states, sent) = run(states, [a], at(23.9))
        #expect(sent.isEmpty)
        (states, sent) = run(states, [a], at(24))
        #expect(sent.map(\.kind) == [.repeating])
        (states, sent) = run(states, [a], at(30))
        #expect(sent.isEmpty)
        (states, sent) = run(states, [], at(31))
        #expect(sent.map(\.kind) == [.resolved])
        #expect(states.first?.status == .resolved)
        (states, sent) = run(states, [], at(40))
        #expect(sent.isEmpty)                             // resolved once
        (states, sent) = run(states, [a], at(41))
        #expect(sent.map(\.kind) == [.firing])            // re-fire
        #expect(states.first?.episodes == 2)
        #expect(states.first?.firedAt == at(41))
    }

    @Test func aNotifierDownForAnHourLosesNothing() {
        let a = alert("panic")
        // Down: the step asks to send but nothing is confirmed.
        var s = AlertLifecycle.step(previous: [], current: [a], now: at(0))
        #expect(s.groups.flatMap(\.notifications).map(\.kind) == [.firing])
        for minute in stride(from: 5.0, through: 60, by: 5) {
            s = AlertLifecycle.step(previous: s.states, current: [a], now: at(minute / 60))
            #expect(s.groups.flatMap(\.notifications).map(\.kind) == [.firing])
        }
        // Back up: delivered once, then not again.
        let states = AlertLifecycle.delivered(s.states, fingerprints: Set(s.groups.flatMap(\.fingerprints)), at: at(1))
        let next = AlertLifecycle.step(previous: states, current: [a], now: at(1.1))
        #expect(next.groups.isEmpty)
        #expect(next.states.first?.lastNotified == at(1))
    }

    @Test func resolvedWhileUndeliveredIsDroppedAndUndeliveredResolveKeepsFiring() {
        let a = alert("panic")
        // Fired, never delivered, then cleared: nothing to tell anyone.
        var s = AlertLifecycle.step(previous: [], current: [a], now: at(0))
        s = AlertLifecycle.step(previous: s.states, current: [], now: at(1))
        #expect(s.groups.isEmpty)
        // Fired and delivered, cleared but the resolve not delivered, then back: keeps firing quietly.
        var (states, _) = run([], [a], at(2))
        s = AlertLifecycle.step(previous: states, current: [], now: at(3))
        #expect(s.groups.flatMap(\.notifications).map(\.kind) == [.resolved])
        s = AlertLifecycle.step(previous: s.states, current: [a], now: at(4))
        #expect(s.groups.isEmpty)
        #expect(s.states.first?.status == .firing)
        #expect(s.states.first?.episodes == 1)
        states = s.states
        #expect(states.first?.firedAt == at(2))
    }

    @Test func groupedPerUnit() {
        let s = AlertLifecycle.step(previous: [], current: [alert("panic"), alert("simba"), alert("sipandu", unit: "polres-buleleng")], now: at(0))
        #expect(s.groups.map(\.unitID) == ["polres-buleleng", "polres-tuban"])
        #expect(s.groups[1].fingerprints == ["silent-innovation:polres-tuban:panic", "silent-innovation:polres-tuban:simba"])
    }

    @Test func customRepeatInterval() {
        let a = alert("panic")
        var s = AlertLifecycle.step(previous: [], current: [a], now: at(0), repeatEvery: 3_600)
        var states = AlertLifecycle.delivered(s.states, fingerprints: ["silent-innovation:polres-tuban:panic"], at: at(0))
        s = AlertLifecycle.step(previous: states, current: [a], now: at(1), repeatEvery: 3_600)
        #expect(s.groups.flatMap(\.notifications).map(\.kind) == [.repeating])
        states = s.states
        #expect(states.count == 1)
    }
}

@Suite struct AlertEscalationTests {
    @Test func aRiseInSeverityIsSentAtOnce() {
        let t0 = Sample.wib(2026, 11, 23, 8)
        var a = Alert(rule: .silentInnovation, unitID: "polres-tuban", innovationID: "panic", severity: .warning,
                      message: LocalizedText(id: "x", en: "x"), since: nil)
        var s = AlertLifecycle.step(previous: [], current: [a], now: t0)
        var states = AlertLifecycle.delivered(s.states, fingerprints: [a.fingerprint], at: t0)
        s = AlertLifecycle.step(previous: states, current: [a], now: t0.addingTimeInterval(3_600))
        #expect(s.groups.isEmpty)
        a.severity = .critical
        s = AlertLifecycle.step(previous: s.states, current: [a], now: t0.addingTimeInterval(7_200))
        #expect(s.groups.flatMap(\.notifications).map(\.kind) == [.repeating])
        #expect(s.groups.first?.notifications.first?.alert.severity == .critical)
        states = AlertLifecycle.delivered(s.states, fingerprints: [a.fingerprint], at: t0.addingTimeInterval(7_200))
        // Falling back to warning is not news.
        a.severity = .warning
        s = AlertLifecycle.step(previous: states, current: [a], now: t0.addingTimeInterval(10_800))
        #expect(s.groups.isEmpty)
    }
}
