import Foundation
import PantauModel

/// What `pantau match` does with a JSON Lines posts file, without the file handling: each line is
/// a post (unknown keys ignored, "unit" may be absent or null); each post gives one output line
/// `{"post": "<id>", "innovations": [{"id", "score", "evidence"}]}`, in input order, with an empty
/// list when nothing matches. A line that is not a post is reported (file name, line number, why)
/// and skipped; the lines after it go on. Blank lines are skipped silently.
public struct MatchLines {
    public let matcher: Matcher
    /// Add a "notes" list saying why mentioned innovations did not match.
    public var withNotes: Bool
    /// The input's name in problem reports ("posts.jsonl", "-").
    public var name: String
    /// Turns a post's title and text into the plain text the matcher reads. The matcher reads text,
    /// not HTML: the Pipeline's `MatchText.lines` passes Parse's HTML-to-text; the text is used as
    /// it is by default.
    public var plainText: (String) -> String

    public init(matcher: Matcher, name: String, withNotes: Bool = false, plainText: @escaping (String) -> String = { $0 }) {
        self.matcher = matcher
        self.name = name
        self.withNotes = withNotes
        self.plainText = plainText
    }

    /// Reads lines from `next` until it returns nil; calls `output` with each output line (ending in
    /// "\n") and `problem` with each report. Returns how many lines were read and how many were not posts.
    public func run(next: () -> Data?, output: (String) -> Void, problem: (String) -> Void) -> (lines: Int, failed: Int) {
        let decoder = JSONDecoder()
        var lineNumber = 0
        var failed = 0
        while let line = next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            var post: MatchPost
            do {
                post = try decoder.decode(MatchPost.self, from: line)
            } catch {
                failed += 1
                problem("\(name):\(lineNumber): not a post: \(Self.describe(error))")
                continue
            }
            post.title = post.title.map(plainText)
            post.text = plainText(post.text)
            let result = withNotes ? matcher.explain(post) : MatchExplanation(matches: matcher.match(post), notes: [])
            output(Self.jsonLine(post.id, result, withNotes: withNotes))
        }
        return (lineNumber, failed)
    }

    /// One output line.
    public static func jsonLine(_ id: String, _ r: MatchExplanation, withNotes: Bool) -> String {
        var s = "{\"post\": \(JSONText.quote(id)), \"innovations\": ["
        for (k, m) in r.matches.enumerated() {
            if k > 0 { s += ", " }
            s += "{\"id\": \(JSONText.quote(m.innovationID)), \"score\": \(String(format: "%.2f", m.score)), \"evidence\": ["
            s += m.evidence.map(JSONText.quote).joined(separator: ", ")
            s += "]}"
        }
        s += "]"
        if withNotes { s += ", \"notes\": [" + r.notes.map(JSONText.quote).joined(separator: ", ") + "]" }
        return s + "}\n"
    }

    /// A decoding error as one short sentence.
    public static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let c):
            if let u = c.underlyingError { return "invalid JSON (\((u as NSError).localizedDescription))" }
            return c.debugDescription
        case DecodingError.keyNotFound(let k, _): return "\"\(k.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            let key = c.codingPath.last?.stringValue ?? "value"
            return "\"\(key)\" has the wrong type (\(c.debugDescription))"
        default: return "\(error)"
        }
    }
}
