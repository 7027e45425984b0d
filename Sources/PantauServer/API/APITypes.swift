import Foundation
import PantauModel

/// The JSON shapes of `/api/v1` (snake_case keys, ISO 8601 dates); `OpenAPIDocument` describes them.
enum API {
    struct UnitItem: Codable {
        var id: String
        var name: String
        var kind: String
        var parent: String?
        var visibility: Int?
        var rollupVisibility: Int?
        var innovations: Int
        var brokenChannels: Int
    }

    struct InnovationItem: Codable {
        var id: String
        var unitId: String
        var name: String
        var state: String?
        var visibility: Int?
        var lastPost: Date?
        var postsThisWeek: Int?
    }

    struct PostItem: Codable {
        var id: Int64
        var sourceId: String
        var unitId: String
        var platform: String
        var url: String?
        var title: String?
        var time: Date
        var engagement: Engagement
        var matches: [MatchItem]
    }

    struct MatchItem: Codable {
        var innovationId: String
        var score: Double
        var evidence: [String]
    }

    struct PostPage: Codable {
        var posts: [PostItem]
        /// Pass as `cursor` for the next page; null on the last page.
        var nextCursor: String?
    }

    struct SourceItem: Codable {
        var id: String
        var unitId: String
        var platform: String
        var kind: String
        var state: String
        var lastSuccess: Date?
        var lastAttempt: Date?
        var lastError: String?
        var nextDue: Date?
        var apiState: String?
    }

    struct AlertItem: Codable {
        var fingerprint: String
        var rule: String
        var unitId: String
        var innovationId: String?
        var sourceId: String?
        var severity: String
        var message: String
        var since: Date?
        var answer: AnswerItem?
    }

    struct AnswerItem: Codable {
        var fingerprint: String
        var action: String
        var reason: String
        var by: String
        var at: Date
        var until: Date?
    }

    struct AlertList: Codable {
        var week: String
        var firing: [AlertItem]
        var answers: [AnswerItem]
    }
}
