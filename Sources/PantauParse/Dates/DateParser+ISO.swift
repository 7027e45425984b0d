import Foundation

/// ISO 8601 / W3DTF dates.
extension DateParser {
    /// "2004", "2004-01", "2004-01-01", "2004-01-01T19:48:21.123+05:30", "2004-01-01 19:48Z".
    static func parseISO(_ s: String) -> Date? {
        let b = Array(s.utf8)
        var i = 0
        func digits(_ n: Int) -> Int? {
            guard i + n <= b.count else { return nil }
            var v = 0
            for k in 0..<n {
                let c = b[i + k]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            i += n
            return v
        }
        guard let year = digits(4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0
        var offset = 0
        if i == b.count { return make(year, 1, 1, 0, 0, 0, 0) }
        guard b[i] == 0x2D else { return nil }  // '-'
        i += 1
        guard let m = digits(2) else { return nil }
        month = m
        if i < b.count {
            guard b[i] == 0x2D else { return nil }
            i += 1
            guard let d = digits(2) else { return nil }
            day = d
        }
        if i < b.count {
            guard b[i] == 0x54 || b[i] == 0x74 || b[i] == 0x20 else { return nil }  // 'T', 't', ' '
            i += 1
            guard let h = digits(2), i < b.count, b[i] == 0x3A else { return nil }
            i += 1
            guard let mi = digits(2) else { return nil }
            hour = h
            minute = mi
            if i < b.count, b[i] == 0x3A {
                i += 1
                guard let sec = digits(2) else { return nil }
                second = sec
                if i < b.count, b[i] == 0x2E || b[i] == 0x2C {
                    i += 1
                    while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
                }
            }
            while i < b.count, b[i] == 0x20 { i += 1 }
            if i < b.count {
                switch b[i] {
                case 0x5A, 0x7A: i += 1  // Z
                case 0x2B, 0x2D:
                    let sign = b[i] == 0x2D ? -1 : 1
                    i += 1
                    guard let oh = digits(2) else { return nil }
                    var om = 0
                    if i < b.count, b[i] == 0x3A {
                        i += 1
                        guard let v = digits(2) else { return nil }
                        om = v
                    } else if i < b.count {
                        guard let v = digits(2) else { return nil }  // "+0530", as many feeds write it
                        om = v
                    }
                    offset = sign * (oh * 3_600 + om * 60)
                default:
                    let rest = String(decoding: b[i...], as: UTF8.self).lowercased()
                    guard let z = zoneOffsets[rest] else { return nil }
                    offset = z
                    i = b.count
                }
            }
        }
        guard i == b.count else { return nil }
        return make(year, month, day, hour, minute, second, offset)
    }
}
