import Foundation
import PantauModel

/// Fires when an innovation had public posts within its cadence, but none of them on social media
/// (only the website or other non-social channels). An innovation with no post at all within its
/// cadence is left to `SilentInnovationRule`, so one condition raises one alert. A unit whose social
/// channels Pantau cannot all see gets `BlindSpotRule`'s alert instead (`InnovationState.notVisible`).
public struct WebsiteOnlyRule: AlertRuleCheck {
    public let rule = AlertRule.websiteOnly
    public init() {}

    public func evaluate(_ c: AlertContext) -> [Alert] {
        var out: [Alert] = []
        for inv in c.registry.innovations {
            guard c.state(of: inv) == .websiteOnly, let l = c.last[inv.id] else { continue }
            let cadence = TimeInterval(inv.effectiveCadence)
            let unit = c.unitName(inv.unitID), name = c.label(inv)
            let cadDays = inv.effectiveCadence / 86_400
            let idLast = l.social.map { "terakhir di media sosial \(LocalFormat.longDate($0, zone: c.zone, language: .id))" }
                ?? "belum pernah di media sosial"
            let enLast = l.social.map { "last on social media \(LocalFormat.longDate($0, zone: c.zone, language: .en))" }
                ?? "never on social media"
            let message = LocalizedText(
                id: "Inovasi \(name) (\(unit)) hanya diunggah di website dalam \(cadDays) hari terakhir, tidak di media sosial (\(idLast)).",
                en: "Innovation \(name) (\(unit)) was posted only on the website in the last \(cadDays) days, not on social media (\(enLast)).")
            out.append(Alert(rule: rule, unitID: inv.unitID, innovationID: inv.id, severity: .warning,
                             message: message, since: l.social.map { $0.addingTimeInterval(cadence) }))
        }
        return out
    }
}
