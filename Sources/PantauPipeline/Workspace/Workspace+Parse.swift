import Foundation
import PantauModel
import PantauParse

extension Workspace {
    /// What Pantau sees in a document: its posts, links to follow, format, title, feeds it announces,
    /// and the parts it could not read. `kind` says how to read an HTML page (feed, page, sitemap);
    /// `contentType`'s charset overrides the document's own; relative dates count from `fetchedAt`.
    /// Throws `ParseError` (naming the URL) for a document that cannot be read at all.
    public static func parse(_ file: FileInput, kind: Source.Kind = .page, contentType: String? = nil,
                             fetchedAt: Date = Date()) throws -> ParseOutcome {
        try DocumentParser.parse(file.bytes, url: file.url, contentType: contentType, kind: kind, fetchedAt: fetchedAt)
    }

    /// A date as feeds and Indonesian pages write it ("2026-11-23T09:00:00+07:00", "23 Nov 2026",
    /// "3 jam yang lalu" relative to `now`); nil when it is not one.
    public static func parseDate(_ text: String, relativeTo now: Date? = nil) -> Date? {
        DateParser.parse(text, relativeTo: now)
    }
}
