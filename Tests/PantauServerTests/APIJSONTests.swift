import Foundation
import PantauModel
@testable import PantauServer
import Testing

/// The posts API writes its JSON by hand for speed; it must say exactly what the generic encoder says.
@Suite struct APIJSONTests {
    static func page(cursor: String?) -> API.PostPage {
        API.PostPage(posts: [
            API.PostItem(id: 42, sourceId: "tuban-ig", unitId: "polres-tuban", platform: "instagram",
                         url: "https://instagram.example/p/2?a=1&b=\"x\"", title: "SIMBA \"hadir\" \\ di <Jenu> 🚓\n\u{2028}baris",
                         time: Date(timeIntervalSince1970: 1_763_337_600.75), engagement: Engagement(views: 900, likes: 77, comments: nil, shares: 0),
                         matches: [API.MatchItem(innovationId: "tuban-simba", score: 0.85, evidence: ["akronim: SIMBA", "tagar: #simba"]),
                                   API.MatchItem(innovationId: "tuban-ngopi", score: 1, evidence: [])]),
            API.PostItem(id: 7, sourceId: "gresik-web", unitId: "polres-gresik", platform: "website", url: nil, title: nil,
                         time: Date(timeIntervalSince1970: -86_400 * 365 * 1_000), engagement: Engagement(), matches: []),
        ], nextCursor: cursor)
    }

    static func object(_ text: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary)
    }

    @Test(arguments: ["7", nil])
    func handWrittenPageSaysWhatTheEncoderSays(cursor: String?) throws {
        let page = Self.page(cursor: cursor)
        let generic = String(decoding: try APIError.encoder.encode(page), as: UTF8.self)
        #expect(try Self.object(page.json) == Self.object(generic))
        #expect(page.json.contains("\"time\":\"2025-11-17T00:00:00Z\""))
        #expect(page.json.contains("\"next_cursor\"") == (cursor != nil), "an absent cursor is left out, as before")
    }

    @Test func anEmptyPage() throws {
        let page = API.PostPage(posts: [], nextCursor: nil)
        #expect(page.json == "{\"posts\":[]}")
        #expect(try Self.object(page.json) == Self.object(String(decoding: try APIError.encoder.encode(page), as: UTF8.self)))
    }
}
