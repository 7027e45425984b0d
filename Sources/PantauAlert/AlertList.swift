import Foundation
import PantauModel

/// `pantau alerts` output: the alerts that hold now as text (one line each, grouped per unit) or
/// as JSON (`--json`).
public enum AlertList {
    /// "Polres Tuban (polres-tuban)\n  [warning] silent-innovation · Inovasi … \n".
    public static func text(_ alerts: [Alert], unitNames: [String: String] = [:], language: Language) -> String {
        guard !alerts.isEmpty else { return AlertText.t(language, "Tidak ada peringatan.", "No alerts.") + "\n" }
        var out = ""
        var unit: String?
        for a in alerts {
            if a.unitID != unit {
                unit = a.unitID
                let name = unitNames[a.unitID].map { "\(AlertText.oneLine($0)) (\(a.unitID))" } ?? a.unitID
                out += (out.isEmpty ? "" : "\n") + name + "\n"
            }
            out += "  [\(a.severity.rawValue)] \(a.rule.rawValue) · \(AlertText.oneLine(a.message.text(language)))\n"
        }
        return out
    }

    /// A JSON array: `[{fingerprint, rule, unit, innovation, source, severity, message, messageID,
    /// messageEN, since}]`, times ISO-8601 with the zone's offset.
    public static func json(_ alerts: [Alert], language: Language, zone: TimeZone) -> String {
        var w = JSONOut()
        w.out += "["
        for (i, a) in alerts.enumerated() {
            if i > 0 { w.out += "," }
            w.out += "\n  {"
            w.pair("fingerprint", a.fingerprint, first: true)
            w.pair("rule", a.rule.rawValue)
            w.pair("unit", a.unitID)
            w.pair("innovation", a.innovationID)
            w.pair("source", a.sourceID)
            w.pair("severity", a.severity.rawValue)
            w.pair("message", a.message.text(language))
            w.pair("messageID", a.message.id)
            w.pair("messageEN", a.message.en)
            w.pair("since", a.since.map { LocalFormat.isoTime($0, zone: zone) })
            w.out += "}"
        }
        w.out += alerts.isEmpty ? "]\n" : "\n]\n"
        return w.out
    }

    /// Just enough JSON for flat objects of strings.
    struct JSONOut {
        var out = ""

        mutating func pair(_ key: String, _ value: String?, first: Bool = false) {
            out += (first ? "" : ", ") + quote(key) + ": " + (value.map(quote) ?? "null")
        }

        func quote(_ s: String) -> String { JSONText.quote(s) }
    }
}
