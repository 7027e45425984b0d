/// Why a document could not be parsed. Every case names the document's URL.
public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The document has no bytes (or only whitespace).
    case empty(url: String)
    /// The content is neither a feed, a sitemap, nor an HTML page.
    case unknownFormat(url: String, start: String)
    /// The XML could not be read at all; `line` is where libxml2 stopped.
    case malformedXML(url: String, line: Int, message: String)
    /// The JSON could not be read, or is not a JSON Feed.
    case malformedJSON(url: String, message: String)
    /// The document is larger than the parser accepts.
    case tooLarge(url: String, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty(let url):
            "\(url): the document is empty"
        case .unknownFormat(let url, let start):
            // A local file that is not a feed is never quoted: it may be anything on the machine.
            url.lowercased().hasPrefix("file:") || start.isEmpty
                ? "\(url): not a feed, sitemap or HTML page"
                : "\(url): not a feed, sitemap or HTML page (starts with \"\(start)\")"
        case .malformedXML(let url, let line, let message):
            "\(url):\(line): XML is not readable: \(message)"
        case .malformedJSON(let url, let message):
            "\(url): JSON is not a readable JSON Feed: \(message)"
        case .tooLarge(let url, let bytes, let limit):
            "\(url): document of \(bytes) bytes exceeds the \(limit)-byte limit"
        }
    }
}
