import PantauModel

/// A count in a CSV cell, written the way Indonesians write numbers: `.` groups thousands
/// (`1.500`, `1.500.000`) and `,` starts the decimals (`1,5`). A count must be whole.
enum CSVNumber {
    /// The count, or why the text is not one (a sentence without the cell's position).
    static func count(_ text: String) -> Result<Int, Problem> {
        let t = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard !t.isEmpty else { return .failure(.notANumber) }
        let parts = t.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(.notANumber) }
        let whole = parts[0]
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return .failure(.notANumber) }
            // "1,500" is 1.5 to an Indonesian reader and 1500 to an English one.
            if fraction.count == 3, !whole.contains("."), fraction.contains(where: { $0 != "0" }) {
                return .failure(.ambiguous)
            }
            guard fraction.allSatisfy({ $0 == "0" }) else { return .failure(.fraction) }
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else {
            return .failure(whole.hasPrefix("-") ? .negative : .notANumber)
        }
        if groups.count > 1 {
            // Grouped: 1 to 3 digits first, then groups of exactly 3.
            guard groups[0].count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
                return .failure(groups.count == 2 ? .ambiguous : .badGrouping)
            }
        }
        guard let value = Count.parse(groups.joined()) else { return .failure(.tooLarge) }
        return .success(value)
    }

    enum Problem: Error, Equatable {
        case notANumber, negative, fraction, ambiguous, badGrouping, tooLarge

        var sentence: String {
            switch self {
            case .notANumber: "is not a whole number"
            case .negative: "is negative; a count cannot be"
            case .fraction: "has a fraction; a count is a whole number"
            case .ambiguous: "is ambiguous: write thousands as 1.500 and decimals as 1,5 (Indonesian style)"
            case .badGrouping: "has misplaced thousands dots (write 1.500.000)"
            case .tooLarge: "is larger than any real count (over 10^15)"
            }
        }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
