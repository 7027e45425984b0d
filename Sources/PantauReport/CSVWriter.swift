import Foundation
import PantauModel

/// Builds CSV text cell by cell, quoting per RFC 4180 and defusing formula injection.
struct CSVWriter {
    let separator: CSVSeparator
    var out: String

    init(separator: CSVSeparator, bom: Bool) {
        self.separator = separator
        out = bom ? "\u{FEFF}" : ""
    }

    mutating func row(_ cells: [String]) {
        for (i, c) in cells.enumerated() {
            if i > 0 { out += separator.rawValue }
            out += cell(c)
        }
        out += "\r\n"
    }

    /// Quotes a cell when it holds the separator, a quote or a line break; a text starting with
    /// `= + - @` (a formula to a spreadsheet) gets a leading apostrophe unless it is a number.
    func cell(_ raw: String) -> String {
        var s = raw
        if let f = s.utf8.first, f == UInt8(ascii: "=") || f == UInt8(ascii: "+") || f == UInt8(ascii: "-") || f == UInt8(ascii: "@")
            || f == 0x09 || f == 0x0D, Double(s) == nil { s = "'" + s }
        let sep = separator == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";")
        let needs = s.utf8.contains { $0 == sep || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
