import Foundation
import PantauModel

/// Fires when an innovation has no public post on any channel within its cadence (default 14 days).
/// An innovation launched less than one cadence ago is not late yet, and one whose channels were
/// never read is unknown, not silent (`InnovationState`). Critical when it has never
/// had a post or has been silent for two cadences or more; a warning otherwise.
public struct SilentInnovationRule: AlertRuleCheck {
    public let rule = AlertRule.silentInnovation
    public init() {}

    public func evaluate(_ c: AlertContext) -> [Alert] {
        var out: [Alert] = []
        for inv in c.registry.innovations {
            guard case .silent = c.state(of: inv) else { continue }
            let cadence = TimeInterval(inv.effectiveCadence)
            let last = c.last[inv.id]?.any
            let unit = c.unitName(inv.unitID), name = c.label(inv)
            let cadDays = inv.effectiveCadence / 86_400
            let message: LocalizedText
            let severity: AlertSeverity
            if let last {
                let d = c.days(since: last)
                severity = c.now.timeIntervalSince(last) >= 2 * cadence ? .critical : .warning
                let idDay = LocalFormat.longDate(last, zone: c.zone, language: .id)
                let enDay = LocalFormat.longDate(last, zone: c.zone, language: .en)
                message = LocalizedText(
                    id: "Inovasi \(name) (\(unit)) tidak punya unggahan publik selama \(d) hari (batas \(cadDays) hari); terakhir \(idDay).",
                    en: "Innovation \(name) (\(unit)) has had no public post for \(d) days (expected every \(cadDays) days); last on \(enDay).")
            } else {
                severity = .critical
                message = LocalizedText(
                    id: "Inovasi \(name) (\(unit)) belum punya unggahan publik yang tercatat (batas \(cadDays) hari).",
                    en: "Innovation \(name) (\(unit)) has no recorded public post (expected every \(cadDays) days).")
            }
            out.append(Alert(rule: rule, unitID: inv.unitID, innovationID: inv.id, severity: severity,
                             message: message, since: last.map { $0.addingTimeInterval(cadence) }))
        }
        return out
    }
}
