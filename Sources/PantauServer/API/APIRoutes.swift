import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// `/api/v1/…`: JSON for scripts, scoped as the pages are. A unit outside the account's units is 403.
    func addAPI(to api: RouterGroup<DashboardContext>) {
        api.get("openapi.json") { _, _ in APIError.jsonText(OpenAPIDocument.json) }
        api.get("units") { _, context in try await apiUnits(context, only: nil) }
        api.get("units/:id") { _, context in
            let id = context.parameters.get("id") ?? ""
            guard tree.units[id] != nil else { return APIError.response(.notFound, "unit \(id) is not registered") }
            guard scope(context).allows(id) else { return APIError.response(.forbidden, "unit \(id) is outside this account's units") }
            return try await apiUnits(context, only: id)
        }
        api.get("innovations") { request, context in try await apiInnovations(request, context) }
        api.get("posts") { request, context in try await apiPosts(request, context) }
        api.get("sources") { request, context in try await apiSources(request, context) }
        api.get("alerts") { _, context in try await apiAlerts(context) }
        api.get("report") { request, context in
            let (units, forbidden) = reportUnits(request, context)
            if forbidden { return APIError.response(.forbidden, "unit is outside this account's units or not registered") }
            let summary = try await cache.summary()
            var week = summary.report.week
            if let w = request.uri.queryParameters.get("week") {
                guard let parsed = ISOWeek(w) else { return APIError.response(.badRequest, "week \"\(w)\" is not an ISO week such as 2026-W47") }
                week = parsed
            }
            let report = try await cache.report(week: week, unitIDs: units)
            return APIError.jsonText(workspace.render(report, as: .json, language: Dashboard.language(request, context)))
        }
    }

    /// `?unit=` checked against the scope: the units to answer for (nil: every unit), or a 403/404 response.
    private func apiUnitFilter(_ request: Request, _ context: DashboardContext) -> Result<Set<String>?, APIFailure> {
        let scope = scope(context)
        guard let u = request.uri.queryParameters.get("unit") else { return .success(scope.unitIDs) }
        guard tree.units[u] != nil else { return .failure(APIFailure(.notFound, "unit \(u) is not registered")) }
        guard scope.allows(u) else { return .failure(APIFailure(.forbidden, "unit \(u) is outside this account's units")) }
        return .success([u])
    }

    private func apiUnits(_ context: DashboardContext, only: String?) async throws -> Response {
        let summary = try await cache.summary()
        let scope = scope(context)
        let all = summary.report.units  // read in place: a unit's week is a large value
        let items = all.indices.filter { i in only.map { all[i].unit.id == $0 } ?? scope.allows(all[i].unit.id) }.map { i in
            API.UnitItem(id: all[i].unit.id, name: all[i].unit.name, kind: all[i].unit.kind.rawValue, parent: all[i].unit.parent,
                         visibility: all[i].visibility, rollupVisibility: all[i].rollupVisibility,
                         innovations: all[i].innovations.count, brokenChannels: all[i].totals.brokenChannels)
        }
        if only != nil, let first = items.first { return APIError.json(first) }
        return APIError.json(items)
    }

    private func apiInnovations(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let units: Set<String>?
        switch apiUnitFilter(request, context) {
        case let .success(u): units = u
        case let .failure(f): return f.response
        }
        let summary = try await cache.summary()
        var out: [API.InnovationItem] = []
        for u in summary.report.units where units?.contains(u.unit.id) ?? true {
            for i in u.innovations {
                out.append(API.InnovationItem(id: i.innovation.id, unitId: u.unit.id, name: i.innovation.name, state: i.state.key,
                                              visibility: i.visibility?.value, lastPost: i.lastPost, postsThisWeek: i.posts.count))
            }
        }
        return APIError.json(out)
    }

    private func apiSources(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let units: Set<String>?
        switch apiUnitFilter(request, context) {
        case let .success(u): units = u
        case let .failure(f): return f.response
        }
        let registered = Dictionary(workspace.registry.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = try await workspace.sourceHealth().compactMap { h -> API.SourceItem? in
            guard let s = registered[h.sourceID], units?.contains(s.unitID) ?? true else { return nil }
            return API.SourceItem(id: s.id, unitId: s.unitID, platform: s.platform.rawValue, kind: s.kind.rawValue, state: Self.state(h),
                                  lastSuccess: h.lastSuccess, lastAttempt: h.lastAttempt, lastError: h.lastError, nextDue: h.nextDue,
                                  apiState: h.apiState?.rawValue)
        }
        return APIError.json(items)
    }

    private func apiAlerts(_ context: DashboardContext) async throws -> Response {
        let scope = scope(context)
        let summary = try await cache.summary()
        let answers = try await workspace.accounts.acknowledgements(unitIDs: scope.unitIDs, limit: 500).map {
            API.AnswerItem(fingerprint: $0.fingerprint, action: $0.action.rawValue, reason: $0.reason, by: $0.by, at: $0.at, until: $0.until)
        }
        let latest = Dictionary(answers.map { ($0.fingerprint, $0) }, uniquingKeysWith: { a, _ in a })
        let firing = summary.alerts.filter { scope.allows($0.unitID) }.map {
            API.AlertItem(fingerprint: $0.fingerprint, rule: $0.rule.rawValue, unitId: $0.unitID, innovationId: $0.innovationID,
                          sourceId: $0.sourceID, severity: $0.severity.rawValue, message: $0.message.id, since: $0.since,
                          answer: latest[$0.fingerprint])
        }
        return APIError.json(API.AlertList(week: "\(summary.report.week)", firing: firing, answers: answers))
    }
}

struct APIFailure: Error {
    let status: HTTPResponse.Status
    let message: String
    init(_ status: HTTPResponse.Status, _ message: String) { self.status = status; self.message = message }
    var response: Response { APIError.response(status, message) }
}
