import PantauModel

/// Counts in platform answers are bounded where they are read, by the one rule of `PantauModel`'s
/// `Count`: a value below 0 or above 10^15 is not a count anyone published, so it reads as unknown
/// (nil) instead of being stored or summed.
extension Count {
    public static func read(_ v: JSONTree?) -> Int? {
        guard let n = v?.int, n >= 0, n <= Int64(limit) else { return nil }
        return Int(n)
    }
}
