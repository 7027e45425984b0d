import Foundation
import PantauModel

/// The health table, columns aligned, dates as "4 Des 2026 21.48 WIB".
enum SourcesText {
    static func render(_ health: [SourceHealth], language l: Language, zone: TimeZone) -> String {
        func t(_ d: Date?) -> String { d.map { LocalFormat.dateTime($0, zone: zone, language: l) } ?? "–" }
        func state(_ h: SourceHealth) -> String {
            if let s = h.apiState, s != .seen {
                if s == .tokenExpired { return l == .id ? "token kedaluwarsa" : "token expired" }
                if s == .rateLimited { return l == .id ? "menunggu batas/kuota API" : "waiting for rate limit/quota" }
            }
            if h.gone { return l == .id ? "hilang" : "gone" }
            if h.quarantinedSince != nil { return l == .id ? "dikarantina" : "quarantined" }
            if h.isBroken { return l == .id ? "rusak" : "broken" }
            if h.lastSuccess == nil { return h.lastAttempt == nil ? (l == .id ? "belum dibaca" : "never read") : (l == .id ? "gagal" : "failing") }
            return h.consecutiveFailures > 0 ? (l == .id ? "gagal" : "failing") : "ok"
        }
        let header = l == .id ? ["Sumber", "Keadaan", "Terakhir berhasil", "Berikutnya", "Gagal", "Galat terakhir"]
                              : ["Source", "State", "Last success", "Next due", "Failures", "Last error"]
        var rows = [header]
        for h in health {
            rows.append([h.sourceID, state(h), t(h.lastSuccess), t(h.nextDue), LocalFormat.integer(h.consecutiveFailures, language: l),
                         h.quarantinedSince.map { quarantine($0, l, t) } ?? h.lastError.map { String($0.prefix(120)) } ?? ""])
        }
        var out = Table.render(rows, rightAligned: [4])
        for h in health {
            if let hint = h.apiHint, h.apiState == .tokenExpired { out += "\n" + (l == .id ? "Cara memperbarui " : "To renew ") + h.sourceID + ": " + hint }
            if let note = h.apiHint, h.apiState == .rateLimited { out += "\n" + h.sourceID + ": " + note }
        }
        return out
    }
}

/// Why a source is skipped, since when, and when it is read again.
private func quarantine(_ since: Date, _ l: Language, _ t: (Date?) -> String) -> String {
    l == .id ? "sejak \(t(since)): \(SourceHealth.quarantineReason.id); dibaca lagi setelah 24 jam atau saat isinya berubah"
             : "since \(t(since)): \(SourceHealth.quarantineReason.en); read again after 24 h or when its content changes"
}
