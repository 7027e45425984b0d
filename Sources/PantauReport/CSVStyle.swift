import Foundation
import PantauModel

/// How a CSV export writes its cells (the style itself is a `PantauModel` value).
extension CSVStyle {
    /// Numbers with a decimal part: a decimal comma with `;`, a point with `,`.
    var decimals: Language { separator == .semicolon ? .id : .en }

    /// A calendar day: "04/12/2026" or "2026-12-04".
    func day(_ d: Date, _ zone: TimeZone) -> String {
        let iso = LocalFormat.isoDay(d, zone: zone)
        guard excelDates else { return iso }
        let p = iso.split(separator: "-")
        return "\(p[2])/\(p[1])/\(p[0])"
    }

    /// A moment: "04/12/2026" (the day; the time goes in `time`) or the ISO time with its offset.
    func moment(_ d: Date, _ zone: TimeZone) -> String {
        excelDates ? day(d, zone) : LocalFormat.isoTime(d, zone: zone)
    }

    /// The time of day, "21:48", for the column beside an Excel date.
    func time(_ d: Date, _ zone: TimeZone) -> String {
        String(LocalFormat.isoTime(d, zone: zone).dropFirst(11).prefix(5))
    }
}
