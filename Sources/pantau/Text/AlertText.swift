import Foundation
import PantauModel

/// Alerts grouped per unit, one line each.
enum AlertText {
    static func render(_ alerts: [Alert], registry: Registry, language: Language) -> String {
        if alerts.isEmpty { return language == .id ? "Tidak ada peringatan." : "No alerts." }
        var lines = [language == .id ? "\(alerts.count) peringatan:" : "\(English.count(alerts.count, "alert")):"]
        var lastUnit = ""
        for a in alerts {
            if a.unitID != lastUnit {
                lines.append("\(registry.unit(a.unitID)?.name ?? a.unitID)")
                lastUnit = a.unitID
            }
            lines.append("  [\(severityName(a.severity, language))] \(a.message.text(language))")
        }
        return lines.joined(separator: "\n")
    }

    static func severityName(_ s: AlertSeverity, _ language: Language) -> String {
        guard language == .id else { return s.rawValue }
        switch s {
        case .critical: return "kritis"
        case .warning: return "perlu perhatian"
        case .info: return "info"
        }
    }
}
