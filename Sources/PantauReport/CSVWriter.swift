import Foundation

/// CSV that opens correctly in Excel on an Indonesian-locale machine: UTF-8 with a byte-order mark,
/// CRLF line ends, `;` as separator when asked (Excel's list separator with a decimal comma).
public enum CSVSeparator: String, Sendable, CaseIterable {
    case comma = ","
    case semicolon = ";"
}

/// Builds CSV text cell by cell, quoting per RFC 4180 and defusing formula injection.
struct CSVWriter {
    let separator: CSVSeparator
    var out: String

    init(separator: CSVSeparator, bom: Bool) {
        self.separator = separator
        out = bom ? "\u{FEFF}" : ""
    }

    mutating func row(_ cells: [String]) {
        out += cells.map(cell).joined(separator: separator.rawValue)
        out += "\r\n"
    }

    /// Quotes a cell when it holds the separator, a quote or a line break; a text starting with
    /// `= + - @` (a formula to a spreadsheet) gets a leading apostrophe unless it is a number.
    func cell(_ raw: String) -> String {
        var s = raw
        if let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f), Double(s) == nil { s = "'" + s }
        let needs = s.contains(separator.rawValue) || s.contains("\"") || s.contains("\n") || s.contains("\r")
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
