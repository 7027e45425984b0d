import PantauModel

/// What the matcher decided about one post: the matches, and why mentioned innovations did not match.
public struct MatchExplanation: Sendable, Hashable {
    public var matches: [InnovationMatch]
    /// Readable reasons for innovations that were mentioned but not matched
    /// (e.g. "ambiguous: "Jumat Curhat" is registered at Polres A, Polres B; the post names none of them").
    public var notes: [String]

    public init(matches: [InnovationMatch], notes: [String]) {
        self.matches = matches
        self.notes = notes
    }
}
