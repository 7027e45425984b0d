import Foundation
import PantauModel

/// Calendar days of instants, to compare with `Innovation.launched`.
enum LaunchDay {
    /// The calendar day of `date` in `zone`.
    static func of(_ date: Date, zone: TimeZone) -> Day {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        let p = c.dateComponents([.year, .month, .day], from: date)
        return Day(year: p.year!, month: p.month!, day: p.day!)
    }
}
