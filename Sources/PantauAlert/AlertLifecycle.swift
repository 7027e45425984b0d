import Foundation
import PantauModel

/// The alert lifecycle as a pure state machine: previous states + the alerts that hold now →
/// new states + the notifications to send, grouped per unit.
///
/// - A new condition (or one that holds again after it was resolved) fires.
/// - A condition still firing is repeated when `repeatEvery` has passed since the last delivered
///   notification, or at once when its severity rose; in between it is suppressed.
/// - A condition that no longer holds is resolved, with a message if its firing was delivered.
/// - A notification stays `pending` until `delivered(_:fingerprints:at:)` confirms it: a notifier
///   that is down gets the same notification offered on every later run (never lost), and a
///   confirmed one is not offered again (never sent twice).
/// - A condition that clears and comes back before the "resolved" message could be delivered
///   simply keeps firing: the receiver never sees a fire without the resolve in between.
///
/// With several notifiers, keep one set of states per notifier.
public enum AlertLifecycle {
    public struct Step: Sendable, Hashable {
        public var states: [AlertState]
        public var groups: [AlertNotificationGroup]
    }

    public static func step(previous: [AlertState], current: [Alert], now: Date, repeatEvery: Seconds = 86_400) -> Step {
        var byPrint: [String: AlertState] = [:]
        for s in previous { byPrint[s.fingerprint] = s }
        var currentPrints = Set<String>()
        for a in current {
            guard currentPrints.insert(a.fingerprint).inserted else { continue }
            byPrint[a.fingerprint] = holds(a, previous: byPrint[a.fingerprint], now: now, repeatEvery: TimeInterval(repeatEvery))
        }
        for (fp, s) in byPrint where !currentPrints.contains(fp) && s.status == .firing {
            var r = s
            r.status = .resolved
            r.resolvedAt = now
            // Nothing was delivered about this episode: there is nothing to resolve for the receiver.
            r.pending = s.lastNotified == nil ? nil : .resolved
            byPrint[fp] = r
        }
        let states = byPrint.values.sorted { ($0.alert.unitID, $0.fingerprint) < ($1.alert.unitID, $1.fingerprint) }
        return Step(states: states, groups: groups(states))
    }

    static func holds(_ a: Alert, previous p: AlertState?, now: Date, repeatEvery: TimeInterval) -> AlertState {
        guard var s = p else {
            return AlertState(fingerprint: a.fingerprint, alert: a, status: .firing, firedAt: now, pending: .firing)
        }
        let escalated = a.severity > s.alert.severity
        s.alert = a
        if s.status == .resolved {
            if s.pending == .resolved {
                // The resolve was never delivered: to the receiver the condition never cleared.
                s.status = .firing
                s.resolvedAt = nil
                s.pending = nil
            } else {
                s.status = .firing
                s.firedAt = now
                s.resolvedAt = nil
                s.lastNotified = nil
                s.pending = .firing
                s.episodes += 1
                return s
            }
        }
        if s.pending != nil { return s }
        if let last = s.lastNotified {
            if now.timeIntervalSince(last) >= repeatEvery || escalated { s.pending = .repeating }
        } else {
            s.pending = .firing
        }
        return s
    }

    /// The pending notifications, one group per unit (units in order, firing before repeating
    /// before resolved, then by fingerprint).
    public static func groups(_ states: [AlertState]) -> [AlertNotificationGroup] {
        var byUnit: [String: [AlertNotification]] = [:]
        for s in states {
            guard let kind = s.pending else { continue }
            byUnit[s.alert.unitID, default: []].append(
                AlertNotification(kind: kind, alert: s.alert, firedAt: s.firedAt, resolvedAt: s.resolvedAt))
        }
        let rank: [AlertNotification.Kind: Int] = [.firing: 0, .repeating: 1, .resolved: 2]
        return byUnit.keys.sorted().map { unit in
            AlertNotificationGroup(unitID: unit, notifications: byUnit[unit]!.sorted {
                (rank[$0.kind]!, $0.alert.fingerprint) < (rank[$1.kind]!, $1.alert.fingerprint)
            })
        }
    }

    /// Confirms delivery of the pending notifications of `fingerprints` at `at`.
    public static func delivered(_ states: [AlertState], fingerprints: Set<String>, at: Date) -> [AlertState] {
        states.map { s in
            guard s.pending != nil, fingerprints.contains(s.fingerprint) else { return s }
            var d = s
            d.pending = nil
            d.lastNotified = at
            return d
        }
    }
}
