import Foundation
import PantauModel

/// Fires for a registered channel whose crawls keep failing (`SourceHealth.isBroken`: three
/// failures in a row, or gone). Kept apart from silence: a broken channel says nothing about
/// whether the unit posts. Critical when the server says the channel is gone.
public struct BrokenChannelRule: AlertRuleCheck {
    public let rule = AlertRule.brokenChannel
    public init() {}

    public func evaluate(_ c: AlertContext) -> [Alert] {
        let sources = Dictionary(c.registry.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Alert] = []
        var seen = Set<String>()
        for h in c.health where h.isBroken {
            guard let s = sources[h.sourceID], seen.insert(s.id).inserted else { continue }
            let unit = c.unitName(s.unitID)
            let err = h.lastError.map { String($0.prefix(200)) }
            var idWhy = h.gone ? "kanal tidak ada lagi (gone)" : "gagal \(h.consecutiveFailures) kali berturut-turut"
            var enWhy = h.gone ? "the channel is gone" : "failed \(h.consecutiveFailures) times in a row"
            if let q = h.quarantinedSince, !h.gone {
                idWhy = "dikarantina sejak \(LocalFormat.dateTime(q, zone: c.zone, language: .id)): \(SourceHealth.quarantineReason.id)"
                enWhy = "quarantined since \(LocalFormat.dateTime(q, zone: c.zone, language: .en)): \(SourceHealth.quarantineReason.en)"
            }
            let idOK = h.lastSuccess.map { "; terakhir berhasil \(LocalFormat.dateTime($0, zone: c.zone, language: .id))" } ?? "; belum pernah berhasil"
            let enOK = h.lastSuccess.map { "; last success \(LocalFormat.dateTime($0, zone: c.zone, language: .en))" } ?? "; never succeeded"
            let message = LocalizedText(
                id: "Kanal \(s.platform.displayName) \(s.id) (\(unit)) tidak bisa dibaca: \(idWhy)\(idOK)" + (err.map { " (\($0))" } ?? "") + ".",
                en: "Channel \(s.platform.displayName) \(s.id) (\(unit)) cannot be read: \(enWhy)\(enOK)" + (err.map { " (\($0))" } ?? "") + ".")
            out.append(Alert(rule: rule, unitID: s.unitID, sourceID: s.id, severity: h.gone ? .critical : .warning,
                             message: message, since: h.lastSuccess ?? h.lastAttempt))
        }
        return out
    }
}
