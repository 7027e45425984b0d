import PantauModel

extension InnovationMatch {
    /// The order of a post's matches as both stores give them: by innovation id, byte for byte (as
    /// SQLite's binary collation and PostgreSQL's `COLLATE "C"` order text). Neither store keeps the
    /// order the matches were written in (a rematch writes them from a dictionary), so it is set here.
    static func storedOrder(_ a: InnovationMatch, _ b: InnovationMatch) -> Bool {
        a.innovationID.utf8.lexicographicallyPrecedes(b.innovationID.utf8)
    }
}
