import Foundation
import PantauModel

/// Fires for a unit's registered social platform that Pantau cannot see now: the token was refused
/// ("Instagram Polres X tidak terpantau: token kedaluwarsa sejak 3 hari") or the bridge feed only
/// serves old posts (*stale*), or it is broken while innovations of the unit cannot be judged
/// because of it (the broken channel itself has its own alert, `BrokenChannelRule`). The
/// innovations that cannot be judged meanwhile (`InnovationState.notVisible`) are named, so nobody
/// reads the missing website-only or silence alerts as good news.
public struct BlindSpotRule: AlertRuleCheck {
    public let rule = AlertRule.blindSpot
    public init() {}

    public func evaluate(_ c: AlertContext) -> [Alert] {
        var out: [Alert] = []
        for unitID in c.visibility.keys.sorted() {
            let social = (c.visibility[unitID] ?? []).filter { $0.platform.isSocial && $0.isBlindSpot }
            guard !social.isEmpty else { continue }
            let blind = c.registry.innovations.filter { i in
                guard i.unitID == unitID, case .notVisible = c.state(of: i) else { return false }
                return true
            }.map { c.label($0) }
            // A broken channel has its own alert; it is named here too only when it hides innovations.
            let spots = social.filter { $0.visibility != .broken || !blind.isEmpty }
            for v in spots {
                let source = c.registry.sources.first { $0.unitID == unitID && $0.platform == v.platform }
                out.append(Alert(rule: rule, unitID: unitID, sourceID: source?.id, severity: .warning,
                                 message: message(v, unit: c.unitName(unitID), blind: blind, c), since: v.since))
            }
        }
        return out
    }

    func message(_ v: PlatformVisibility, unit: String, blind: [String], _ c: AlertContext) -> LocalizedText {
        let p = v.platform.displayName
        var id = "\(p) \(unit) tidak terpantau: ", en = "\(p) of \(unit) is not visible: "
        switch v.visibility {
        case .tokenExpired:
            // "sejak 3 hari"; under a day (or a clock set before the refusal, as in the demo) the time itself.
            let days = ChannelVisibilityRules.daysSince(v.since, now: c.now) ?? 0
            let idAt = v.since.map { " (tercatat \(LocalFormat.dateTime($0, zone: c.zone, language: .id)))" } ?? ""
            let enAt = v.since.map { " (recorded \(LocalFormat.dateTime($0, zone: c.zone, language: .en)))" } ?? ""
            id += "token kedaluwarsa" + (days > 0 ? " sejak \(days) hari" : idAt)
            en += "token expired" + (days > 0 ? " \(days) days ago" : enAt)
        case .broken:
            id += "kanal gagal dibaca"
            en += "reading the channel fails"
        default:
            id += "unggahan terbaru jauh lebih lama dari jeda biasanya (feed basi, bukan berarti tidak mengunggah)"
            en += "its newest post is much older than its usual gap (a stale feed, not silence)"
        }
        if !blind.isEmpty {
            id += "; inovasi yang tidak bisa dinilai: " + blind.joined(separator: ", ")
            en += "; innovations that cannot be judged: " + blind.joined(separator: ", ")
        }
        if let hint = v.hint { id += ". " + hint; en += ". " + hint }
        func end(_ s: String) -> String { s.hasSuffix(".") ? s : s + "." }
        return LocalizedText(id: end(id), en: end(en))
    }
}
