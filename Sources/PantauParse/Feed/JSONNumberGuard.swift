import Foundation

/// Foundation refuses a whole JSON document for one number it cannot represent (`1e999`). This
/// turns such numbers into marked strings so the rest can be read, and finds them again afterwards
/// so that only the field that held one is left out (with a warning).
enum JSONNumberGuard {
    static let mark = "\u{1}pantau-unreadable-number:"
    /// `mark` as it is written inside a JSON string (a raw control character is not allowed there).
    static let escapedMark = "\\u0001pantau-unreadable-number:"

    /// The bytes with every number that is not a finite Double replaced by a marked string, or nil
    /// when there is none.
    static func neutralize(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var changed = false
        var i = 0
        var inString = false
        out.reserveCapacity(bytes.count + 64)
        while i < bytes.count {
            let c = bytes[i]
            if inString {
                out.append(c)
                if c == 0x5C, i + 1 < bytes.count { out.append(bytes[i + 1]); i += 2; continue }
                if c == 0x22 { inString = false }
                i += 1
                continue
            }
            if c == 0x22 { inString = true; out.append(c); i += 1; continue }
            guard c == 0x2D || (c >= 0x30 && c <= 0x39) else { out.append(c); i += 1; continue }
            var j = i
            while j < bytes.count, isNumberByte(bytes[j]) { j += 1 }
            let token = bytes[i..<j]
            let text = String(decoding: token, as: UTF8.self)
            if let d = Double(text), d.isFinite {
                out.append(contentsOf: token)
            } else {
                changed = true
                out.append(0x22)
                out.append(contentsOf: Array(escapedMark.utf8))
                out.append(contentsOf: token.prefix(40))
                out.append(0x22)
            }
            i = j
        }
        return changed ? out : nil
    }

    private static func isNumberByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || c == 0x2D || c == 0x2B || c == 0x2E || c == 0x65 || c == 0x45
    }

    /// `value` with marked numbers made `NSNull`, and the path of each one found.
    static func scrub(_ value: Any, path: String, found: inout [String]) -> Any {
        switch value {
        case let s as String where s.hasPrefix(mark):
            found.append("field \(path.isEmpty ? "(top)" : path): number \(s.dropFirst(mark.count)) is out of range")
            return NSNull()
        case let d as [String: Any]:
            var out = d
            for (k, v) in d { out[k] = scrub(v, path: path.isEmpty ? k : path + "." + k, found: &found) }
            return out
        case let a as [Any]:
            return a.enumerated().map { scrub($1, path: "\(path)[\($0)]", found: &found) }
        default:
            return value
        }
    }
}
