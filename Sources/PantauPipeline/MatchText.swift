import PantauMatch
import PantauModel
import PantauParse

/// What the matcher reads of a post: its title and text as plain text. Posts parsed from feeds and
/// pages already are (Parse writes `FeedText.plain` and the page text); an imported row, a stored
/// post read again (rematch, suggestions) or a line given to `pantau match` may hold HTML, which
/// Parse's `HTMLText.plainText` turns into text here, before the matcher.
public enum MatchText {
    /// The post handed to the matcher, title and text turned into plain text.
    public static func post(id: String, title: String?, text: String, url: String?, unitID: String?) -> MatchPost {
        MatchPost(id: id, title: title.map(HTMLText.plainText), text: HTMLText.plainText(text), url: url, unitID: unitID)
    }

    /// `pantau match` over JSON Lines: each post's title and text turned into plain text first.
    public static func lines(matcher: Matcher, name: String, withNotes: Bool = false) -> MatchLines {
        MatchLines(matcher: matcher, name: name, withNotes: withNotes, plainText: HTMLText.plainText)
    }
}
