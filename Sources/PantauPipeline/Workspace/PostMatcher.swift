import Foundation
import PantauMatch
import PantauModel

/// Posts → innovation matches with the registry's units and innovations, without a store
/// (`pantau match`). Building it compiles the registry's names once; matching is then cheap.
public struct PostMatcher: Sendable {
    let matcher: Matcher

    public init(registry: Registry) {
        matcher = Matcher(units: registry.units, innovations: registry.innovations)
    }

    /// The innovations one post is about, with their score and evidence words. `unitID`: the unit
    /// whose own channel published it, if known.
    public func match(id: String, title: String?, text: String, url: String?, unitID: String?) -> [InnovationMatch] {
        matcher.match(MatchPost(id: id, title: title, text: text, url: url, unitID: unitID))
    }

    /// JSON Lines in, JSON Lines out, in input order: each input line is a post
    /// (`{"id", "title", "text", "url", "published", "unit"}`), each output line
    /// `{"post": "<id>", "innovations": [{"id", "score", "evidence"}]}`. A line that is not a post
    /// goes to `problem` with its line number (`name` names the input) and is skipped.
    /// With `notes`, each output line says why mentioned innovations did not match.
    public func matchLines(name: String, notes: Bool = false, next: () -> Data?, output: (String) -> Void,
                           problem: (String) -> Void) -> (lines: Int, failed: Int) {
        MatchLines(matcher: matcher, name: name, withNotes: notes).run(next: next, output: output, problem: problem)
    }
}
