import Foundation
import PantauModel

/// Runs the alert lifecycle for one notifier: previous states + alerts now → deliveries, with the
/// new states and history lines to persist. A failed delivery stays pending for the next run.
public enum AlertDispatcher {
    public struct Outcome: Sendable {
        public var states: [AlertState]
        public var delivered: [AlertNotificationGroup]
        public var failed: [(group: AlertNotificationGroup, error: String)]
        /// History: one line per notification offered, delivered or not.
        public var events: [(at: Date, fingerprint: String, unitID: String, kind: String, delivered: Bool, error: String?, message: String)]
    }

    public static func dispatch(previous: [AlertState], current: [Alert], notifier: any Notifier, now: Date,
                                repeatEvery: Seconds, unitName: (String) -> String?, language: Language) async -> Outcome {
        let step = AlertLifecycle.step(previous: previous, current: current, now: now, repeatEvery: repeatEvery)
        var states = step.states
        var out = Outcome(states: states, delivered: [], failed: [], events: [])
        for g in step.groups {
            var problem: String?
            do { try await notifier.deliver(g, unitName: unitName(g.unitID), now: now) } catch { problem = error.description }
            if problem == nil {
                states = AlertLifecycle.delivered(states, fingerprints: Set(g.fingerprints), at: now)
                out.delivered.append(g)
            } else {
                out.failed.append((g, problem!))
            }
            for n in g.notifications {
                out.events.append((now, n.alert.fingerprint, g.unitID, n.kind.rawValue, problem == nil, problem,
                                   n.alert.message.text(language)))
            }
        }
        out.states = states
        return out
    }
}
