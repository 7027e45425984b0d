import Foundation
import PantauModel

/// The JSON body POSTed to a webhook for one unit's notifications.
///
/// `{"source":"pantau","unit":{"id","name"},"sentAt","language","summary","notifications":[{"kind",
/// "fingerprint","rule","severity","innovation","channel","message","messageID","messageEN","since",
/// "firedAt","resolvedAt"}]}` — times ISO-8601 with the zone's offset, keys sorted.
public enum WebhookMessage {
    public static func body(_ g: AlertNotificationGroup, unitName: String?, language: Language, zone: TimeZone, now: Date) -> Data {
        let t = { (d: Date) in LocalFormat.isoTime(d, zone: zone) }
        let doc = Doc(
            source: "pantau", unit: UnitRef(id: g.unitID, name: unitName), sentAt: t(now), language: language.rawValue,
            summary: AlertText.headline(g, unitName: unitName, language),
            notifications: g.notifications.map { n in
                Item(kind: n.kind.rawValue, fingerprint: n.alert.fingerprint, rule: n.alert.rule.rawValue,
                     severity: n.alert.severity.rawValue, innovation: n.alert.innovationID, channel: n.alert.sourceID,
                     message: n.alert.message.text(language), messageID: n.alert.message.id, messageEN: n.alert.message.en,
                     since: n.alert.since.map(t), firedAt: t(n.firedAt), resolvedAt: n.resolvedAt.map(t))
            })
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(doc)) ?? Data("{}".utf8)
    }

    struct Doc: Encodable {
        var source: String, unit: UnitRef, sentAt: String, language: String, summary: String, notifications: [Item]
    }
    struct UnitRef: Encodable { var id: String; var name: String? }
    struct Item: Encodable {
        var kind, fingerprint, rule, severity: String
        var innovation, channel: String?
        var message, messageID, messageEN: String
        var since: String?, firedAt: String, resolvedAt: String?
    }
}
