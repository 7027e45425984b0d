import Foundation
import PantauModel

/// The words shared by every notifier: a group's headline and one line per notification.
enum AlertText {
    static func t(_ l: Language, _ id: String, _ en: String) -> String { l == .id ? id : en }

    static func kind(_ k: AlertNotification.Kind, _ l: Language) -> String {
        switch k {
        case .firing: t(l, "BARU", "NEW")
        case .repeating: t(l, "MASIH", "STILL")
        case .resolved: t(l, "SELESAI", "RESOLVED")
        }
    }

    /// "Pantau — Polres Tuban: 2 peringatan baru, 1 masih berlaku, 1 selesai".
    static func headline(_ g: AlertNotificationGroup, unitName: String?, _ l: Language) -> String {
        let n = { (k: AlertNotification.Kind) in g.notifications.filter { $0.kind == k }.count }
        var parts: [String] = []
        if n(.firing) > 0 { parts.append(t(l, "\(n(.firing)) peringatan baru", "\(n(.firing)) new")) }
        if n(.repeating) > 0 { parts.append(t(l, "\(n(.repeating)) masih berlaku", "\(n(.repeating)) still firing")) }
        if n(.resolved) > 0 { parts.append(t(l, "\(n(.resolved)) selesai", "\(n(.resolved)) resolved")) }
        return "Pantau — \(oneLine(unitName ?? g.unitID)): " + parts.joined(separator: ", ")
    }

    /// "[BARU] Inovasi … (sejak 16 Nov 2026 10.00 WIB)".
    static func line(_ n: AlertNotification, _ l: Language, zone: TimeZone) -> String {
        var s = "[\(kind(n.kind, l))] " + oneLine(n.alert.message.text(l))
        if n.kind == .resolved, let r = n.resolvedAt {
            s += t(l, " (selesai \(LocalFormat.dateTime(r, zone: zone, language: l)))", " (resolved \(LocalFormat.dateTime(r, zone: zone, language: l)))")
        } else if n.kind == .repeating {
            s += t(l, " (sejak \(LocalFormat.dateTime(n.firedAt, zone: zone, language: l)))", " (since \(LocalFormat.dateTime(n.firedAt, zone: zone, language: l)))")
        }
        return s
    }

    /// Text with line breaks and other control characters turned into spaces.
    static func oneLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }
}
