/// Counts read from outside are bounded where they are read: a value below 0 or above 10^15 is not a
/// count anyone published, so it reads as unknown (nil) instead of being stored or summed.
public enum Count {
    public static let limit: Int64 = 1_000_000_000_000_000

    public static func read(_ v: JSONTree?) -> Int? {
        guard let n = v?.int, n >= 0, n <= limit else { return nil }
        return Int(n)
    }
}
