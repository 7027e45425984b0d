import Foundation
import PantauModel
import PantauPipeline

/// The daemon's status lines: "pantau berjalan: 19 sumber, berikutnya 10.15 WIB".
enum DaemonText {
    static func line(_ event: DaemonEvent, language l: Language, zone: TimeZone, now: Date = Date()) -> String {
        func next(_ d: Date?) -> String {
            guard let d, d > now else { return l == .id ? "berikutnya sekarang" : "next now" }
            return (l == .id ? "berikutnya " : "next ") + when(d, l, zone, now)
        }
        switch event {
        case let .started(sources, due):
            return l == .id ? "pantau berjalan: \(LocalFormat.integer(sources, language: l)) sumber, \(next(due))"
                            : "pantau running: \(English.count(sources, "source")), \(next(due))"
        case let .round(s, due):
            let stamp = LocalFormat.dateTime(now, zone: zone, language: l)
            return l == .id
                ? "\(stamp): \(LocalFormat.integer(s.sources, language: l)) sumber dibaca, \(LocalFormat.integer(s.newPosts, language: l)) unggahan baru, "
                    + "\(LocalFormat.integer(s.failed, language: l)) gagal; \(next(due))"
                : "\(stamp): \(English.count(s.sources, "source")) crawled, \(English.count(s.newPosts, "new post")), "
                    + "\(LocalFormat.integer(s.failed, language: l)) failed; \(next(due))"
        case .stopped:
            return l == .id ? "pantau berhenti." : "pantau stopped."
        }
    }

    /// "10.15 WIB" today, else "5 Des 2026 10.15 WIB".
    static func when(_ d: Date, _ l: Language, _ zone: TimeZone, _ now: Date) -> String {
        let full = LocalFormat.dateTime(d, zone: zone, language: l)
        let today = LocalFormat.shortDate(now, zone: zone, language: l)
        return full.hasPrefix(today + " ") ? String(full.dropFirst(today.count + 1)) : full
    }
}
