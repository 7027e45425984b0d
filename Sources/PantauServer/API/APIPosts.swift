import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// `/api/v1/posts?unit=&innovation=&week=&platform=&cursor=&limit=`: newest first, paged by cursor.
    func apiPosts(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let q = request.uri.queryParameters
        let scope = scope(context)
        var query = DashboardPostQuery(limit: min(max(q.get("limit", as: Int.self) ?? 50, 1), 500))
        var units = scope.unitIDs
        if let u = q.get("unit") {
            guard tree.units[u] != nil else { return APIError.response(.notFound, "unit \(u) is not registered") }
            guard scope.allows(u) else { return APIError.response(.forbidden, "unit \(u) is outside this account's units") }
            units = [u]
        }
        if let i = q.get("innovation") {
            guard let inn = tree.innovations[i] else { return APIError.response(.notFound, "innovation \(i) is not registered") }
            guard scope.allows(inn.unitID) else { return APIError.response(.forbidden, "innovation \(i) belongs to a unit outside this account's units") }
            query.innovationID = i
        }
        query.sourceIDs = tree.sourceIDs(of: units)
        if let w = q.get("week") {
            guard let week = ISOWeek(w) else { return APIError.response(.badRequest, "week \"\(w)\" is not an ISO week such as 2026-W47") }
            query.from = week.start(in: workspace.zone)
            query.to = week.end(in: workspace.zone)
        }
        if let p = q.get("platform") {
            guard let platform = Platform(rawValue: p) else {
                return APIError.response(.badRequest, "platform \"\(p)\" is not one of " + Platform.allCases.map(\.rawValue).joined(separator: ", "))
            }
            query.platform = platform
        }
        if let c = q.get("cursor") {
            guard let id = Int64(c), id > 0 else { return APIError.response(.badRequest, "cursor \"\(c)\" is not one this API gave") }
            query.before = id
        }
        let posts = try await workspace.posts(query)
        let items = posts.map {
            API.PostItem(id: $0.id, sourceId: $0.sourceID, unitId: $0.unitID, platform: $0.platform.rawValue, url: $0.url, title: $0.title,
                         time: $0.time, engagement: $0.engagement,
                         matches: $0.matches.map { API.MatchItem(innovationId: $0.innovationID, score: $0.score, evidence: $0.evidence) })
        }
        let next = posts.count == query.limit ? posts.last.map { String($0.id) } : nil
        return APIError.jsonText(API.PostPage(posts: items, nextCursor: next).json)
    }
}
