import Foundation

/// Numbers that come from outside (feeds, pages, CSV files, the database) and the arithmetic on
/// them, in one place. Swift traps on overflow and a trap takes the whole run with it, so a count is
/// bounded when it is read and every sum, difference or product of counts saturates.
public enum Count {
    /// The largest count Pantau believes: 10^15. Above it (or below 0) a count is "unknown".
    public static let limit = 1_000_000_000_000_000

    /// `value` when it is a believable count (0…10^15), else nil.
    public static func bounded(_ value: Int?) -> Int? {
        guard let value, value >= 0, value <= limit else { return nil }
        return value
    }

    /// A whole, finite, believable count from a floating-point value (fractions are dropped), else nil.
    public static func bounded(_ value: Double) -> Int? {
        guard value.isFinite, value >= 0, value <= Double(limit) else { return nil }
        return Int(value)
    }

    /// Plain ASCII digits (an optional leading `+`, surrounding spaces allowed) as a bounded count.
    /// Anything else ("1.5", "-3", "12abc", 40 digits) is nil. Never traps.
    public static func parse<S: StringProtocol>(_ text: S) -> Int? {
        var value = 0
        var digits = 0
        var started = false, ended = false
        for c in text.utf8 {
            switch c {
            case 0x30...0x39:
                guard !ended else { return nil }
                started = true
                digits += 1
                if value > limit { continue }  // already out of range: keep reading to validate the text
                value = value * 10 + Int(c - 0x30)
            case 0x2B where !started && digits == 0: started = true
            case 0x20, 0x09, 0x0A, 0x0D:
                if started { ended = true }
            default: return nil
            }
        }
        guard digits > 0, value <= limit else { return nil }
        return value
    }

    /// a + b, saturating at Int's bounds.
    @inlinable public static func add(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? (b > 0 ? .max : .min) : r
    }

    /// a - b, saturating at Int's bounds.
    @inlinable public static func subtract(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? (b < 0 ? .max : .min) : r
    }

    /// a × b, saturating at Int's bounds.
    @inlinable public static func multiply(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? ((a < 0) == (b < 0) ? .max : .min) : r
    }

    /// The sum of `values`, saturating.
    public static func sum<S: Sequence>(_ values: S) -> Int where S.Element == Int {
        values.reduce(0, add)
    }

    /// numerator / denominator as a Double, nil when the denominator is not above 0.
    public static func rate(_ numerator: Int, over denominator: Int) -> Double? {
        guard denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator)
    }

    /// A whole number of seconds from a Double, clamped to `range` (NaN gives the lower bound).
    public static func seconds(_ value: Double, within range: ClosedRange<Int>) -> Int {
        guard value == value else { return range.lowerBound }
        if value <= Double(range.lowerBound) { return range.lowerBound }
        if value >= Double(range.upperBound) { return range.upperBound }
        return Int(value)
    }
}
