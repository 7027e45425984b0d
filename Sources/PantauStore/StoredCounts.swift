import GRDB
import PantauModel

/// A stored engagement row read defensively: a value that is not a whole number within 0…10^15 is
/// unknown (never trapped on), and named in `rejected`.
struct StoredCounts {
    var engagement = Engagement()
    var rejected: [String] = []

    /// From a row (postID, views, likes, comments, shares).
    init(row: Row) {
        engagement.views = read(row, 1, "views")
        engagement.likes = read(row, 2, "likes")
        engagement.comments = read(row, 3, "comments")
        engagement.shares = read(row, 4, "shares")
    }

    private mutating func read(_ row: Row, _ index: Int, _ name: String) -> Int? {
        let value: DatabaseValue = row[index]
        switch value.storage {
        case .null: return nil
        case let .int64(v):
            if let ok = Count.bounded(Int(v)) { return ok }
            rejected.append("\(name) \(v)")
        case let .double(d):
            if d.rounded() == d, let ok = Count.bounded(d) { return ok }
            rejected.append("\(name) \(d)")
        case .string, .blob:
            rejected.append("\(name) (not a number)")
        }
        return nil
    }
}
