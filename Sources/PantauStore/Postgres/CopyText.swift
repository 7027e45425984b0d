import Foundation
import GRDB

/// SQLite values written as the text format of PostgreSQL's `COPY … FROM STDIN`: columns separated
/// by a tab, rows ended by a newline, NULL as `\N`, and backslash, tab, newline and carriage return
/// escaped with a backslash. A value is written as the column's PostgreSQL type wants it; one that
/// cannot be (text in a number column, a NUL character, which PostgreSQL's text cannot hold) is
/// refused with the reason, never changed.
enum CopyText {
    /// Appends `value`, for a column of `kind`, to `out`; throws the reason it cannot be copied.
    static func append(_ value: DatabaseValue, as kind: CopiedTable.Kind, to out: inout [UInt8]) throws(Refusal) {
        switch value.storage {
        case .null: out.append(contentsOf: [backslash, UInt8(ascii: "N")])
        case let .int64(v): try appendInteger(v, as: kind, to: &out)
        case let .double(d): try appendReal(d, as: kind, to: &out)
        case let .string(s):
            guard kind == .text else { throw Refusal("text in a \(name(kind)) column") }
            try appendText(s, to: &out)
        case let .blob(data):
            guard kind == .text, let s = String(validating: data, as: UTF8.self) else {
                throw Refusal("binary data in a \(name(kind)) column")
            }
            try appendText(s, to: &out)
        }
    }

    /// Why a value cannot be copied.
    struct Refusal: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private static func appendInteger(_ v: Int64, as kind: CopiedTable.Kind, to out: inout [UInt8]) throws(Refusal) {
        switch kind {
        case .boolean: out.append(v == 0 ? UInt8(ascii: "f") : UInt8(ascii: "t"))
        case .integer, .real, .text: out.append(contentsOf: String(v).utf8)
        }
    }

    private static func appendReal(_ d: Double, as kind: CopiedTable.Kind, to out: inout [UInt8]) throws(Refusal) {
        switch kind {
        case .boolean: out.append(d == 0 ? UInt8(ascii: "f") : UInt8(ascii: "t"))
        case .integer:
            guard d.rounded() == d, let v = Int64(exactly: d) else { throw Refusal("\(d) is not a whole number") }
            out.append(contentsOf: String(v).utf8)
        case .real, .text:
            // Swift writes the shortest text that reads back as the same Double; PostgreSQL reads it exactly.
            let text = d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-Infinity" : "Infinity") : d.description
            out.append(contentsOf: text.utf8)
        }
    }

    private static func appendText(_ s: String, to out: inout [UInt8]) throws(Refusal) {
        for byte in s.utf8 {
            switch byte {
            case 0: throw Refusal("a NUL character, which PostgreSQL's text cannot hold")
            case backslash: out.append(contentsOf: [backslash, backslash])
            case UInt8(ascii: "\t"): out.append(contentsOf: [backslash, UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [backslash, UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [backslash, UInt8(ascii: "r")])
            default: out.append(byte)
            }
        }
    }

    private static func name(_ kind: CopiedTable.Kind) -> String {
        switch kind {
        case .text: "text"
        case .integer: "whole-number"
        case .real: "number"
        case .boolean: "true/false"
        }
    }

    private static let backslash = UInt8(ascii: "\\")
}
