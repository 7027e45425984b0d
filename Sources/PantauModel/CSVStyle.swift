import Foundation

/// CSV that opens correctly in Excel on an Indonesian-locale machine: UTF-8 with a byte-order mark,
/// CRLF line ends, `;` as separator when asked (Excel's list separator with a decimal comma).
public enum CSVSeparator: String, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
}

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
}
