import Foundation
import PantauModel

/// How a CSV export is written.
///
/// `indonesian` (the default for `language: id`) opens right in Excel on an Indonesian-locale
/// machine: `;` between fields, a decimal comma, dates as `DD/MM/YYYY` without a time (the time
/// of day, when it matters, in a column of its own) and headers people read. `machine` keeps
/// snake_case headers, ISO dates and times, and the separator given (`,` unless asked otherwise).
public struct CSVStyle: Sendable, Hashable {
    public var separator: CSVSeparator
    /// Headers for people ("Satuan", "Terbit") rather than scripts ("satuan_id", "terbit").
    public var humanHeaders: Bool
    /// Dates as `DD/MM/YYYY` (Excel reads them as dates) rather than ISO 8601 times.
    public var excelDates: Bool

    public init(separator: CSVSeparator, humanHeaders: Bool, excelDates: Bool) {
        self.separator = separator
        self.humanHeaders = humanHeaders
        self.excelDates = excelDates
    }

    public static let indonesian = CSVStyle(separator: .semicolon, humanHeaders: true, excelDates: true)
    public static func machine(_ separator: CSVSeparator = .comma) -> CSVStyle {
        CSVStyle(separator: separator, humanHeaders: false, excelDates: false)
    }

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
