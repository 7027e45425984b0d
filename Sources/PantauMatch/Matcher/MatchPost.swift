/// A post as the matcher sees it; also decodes one line of the JSON Lines post format
/// (`{"id", "url", "title", "text", "published", "unit"}`; unknown keys are ignored).
public struct MatchPost: Sendable, Hashable, Decodable {
    public var id: String
    public var title: String?
    public var text: String
    public var url: String?
    /// The unit whose own channel published the post (JSON key "unit"); nil when unknown.
    public var unitID: String?

    public init(id: String, title: String?, text: String, url: String?, unitID: String?) {
        self.id = id
        self.title = title
        self.text = text
        self.url = url
        self.unitID = unitID
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, text, url, unit
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let s = try? c.decode(String.self, forKey: .id) {
            id = s
        } else if let n = try? c.decode(Int64.self, forKey: .id) {
            id = String(n)
        } else {
            throw DecodingError.dataCorruptedError(forKey: .id, in: c,
                                                   debugDescription: "\"id\" is missing or not a string")
        }
        guard let body = try c.decodeIfPresent(String.self, forKey: .text) else {
            throw DecodingError.dataCorruptedError(forKey: .text, in: c,
                                                   debugDescription: "\"text\" is missing or null")
        }
        text = body
        title = try c.decodeIfPresent(String.self, forKey: .title)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        let unit = try c.decodeIfPresent(String.self, forKey: .unit)
        unitID = (unit?.isEmpty ?? true) ? nil : unit
    }
}
