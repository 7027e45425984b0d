/// One element a feed reader takes a value from: a libxml2 tree node (``XNode``) or an element
/// captured while streaming (``StreamField``). The field rules in ``XMLFeedReader`` see only this.
protocol FeedField {
    /// All text below the element (text and CDATA, in document order).
    var text: String { get }
    /// First attribute with this local name, whatever its namespace.
    func attribute(_ local: String) -> String?
    /// True when the element has child elements.
    var hasElements: Bool { get }
    /// Text of the first child element whose lower-cased local name is `lowerName`; nil when there is none.
    func childText(_ lowerName: String) -> String?
    /// The value of a text construct that has child elements (XHTML); may set `type`.
    func markupValue(type: inout String?, reader: XMLFeedReader) -> String
    /// The element's own text, without the text of its child elements (feedparser gives nested
    /// elements their own values: a `<category>` holding an `<image>` keeps only its own words).
    var directText: String { get }
    /// The `<title>` of an `<image>` that is this element or a child of it (feedparser reads it as
    /// the entry's title when the item has none).
    var imageTitle: String? { get }
    /// The base from `xml:base` in effect on the element, absolute; nil when no `xml:base` applies.
    var xmlBase: String? { get }
}

extension XNode: FeedField {
    var hasElements: Bool { elements.contains { _ in true } }

    var directText: String {
        var out = ""
        for child in children where child.isText { out += child.content }
        return out
    }

    var imageTitle: String? {
        let image = lowerName == "image" ? self : elements.first { $0.lowerName == "image" }
        return image?.childText("title")
    }

    func childText(_ lowerName: String) -> String? {
        elements.first { $0.name.lowercased() == lowerName }?.text
    }

    func markupValue(type: inout String?, reader: XMLFeedReader) -> String {
        if type == "html" || type == "text/html", reader.onlyDivElements(self) {
            // feedparser ignores <div> wrappers inside escaped-HTML content and keeps their text as markup.
            return text
        }
        if type == nil || type == "text" || type == "text/plain" { type = "application/xhtml+xml" }
        return XMLMarkup.inner(reader.unwrapDiv(self) ?? self)
    }
}
