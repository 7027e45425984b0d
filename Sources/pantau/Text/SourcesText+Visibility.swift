import Foundation
import PantauModel

extension SourcesText {
    /// Per unit and platform what Pantau can see: seen, not registered, token expired (since when),
    /// broken, stale; X only where the unit registered a channel there.
    static func renderVisibility(_ views: [String: [PlatformVisibility]], registry: Registry, language l: Language,
                                 zone: TimeZone) -> String {
        let header = l == .id ? ["Unit", "Platform", "Keterlihatan", "Sejak"] : ["Unit", "Platform", "Visibility", "Since"]
        var rows = [header]
        for u in registry.units {
            for v in views[u.id] ?? [] where v.platform != .x || v.visibility != .notRegistered {
                rows.append([u.id, v.platform.displayName, v.visibility.label(l),
                             v.since.map { LocalFormat.dateTime($0, zone: zone, language: l) } ?? ""])
            }
        }
        return Table.render(rows)
    }
}
