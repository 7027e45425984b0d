import Foundation

/// Plain-text table: columns padded to their widest cell (counted in characters), two spaces apart.
enum Table {
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        guard let columns = rows.map(\.count).max() else { return "" }
        var width = [Int](repeating: 0, count: columns)
        for r in rows { for (i, c) in r.enumerated() { width[i] = max(width[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in
                let pad = String(repeating: " ", count: width[i] - c.count)
                return i == r.count - 1 && !rightAligned.contains(i) ? c : rightAligned.contains(i) ? pad + c : c + pad
            }.joined(separator: "  ").replacing(/\s+$/, with: "")
        }.joined(separator: "\n")
    }
}
