import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// The units of a report request: `?unit=` (within scope) or everything the account sees.
    func reportUnits(_ request: Request, _ context: DashboardContext) -> (Set<String>?, forbidden: Bool) {
        let scope = scope(context)
        if let u = request.uri.queryParameters.get("unit") {
            guard scope.allows(u), tree.units[u] != nil else { return (nil, true) }
            return (tree.subtree(of: u), false)
        }
        return (scope.unitIDs, false)
    }

    /// The weekly report of any week (`?week=2026-W47`), the same HTML as `pantau report`, or a
    /// download of it (`/report/download?format=csv|json|md|html`).
    func reportResponse(_ request: Request, _ context: DashboardContext, download: Bool) async throws -> Response {
        let p = PageContext(request, context)
        let (units, forbidden) = reportUnits(request, context)
        if forbidden { return forbiddenPage(p) }
        let summary = try await cache.summary()
        var week = summary.report.week
        if let w = request.uri.queryParameters.get("week") {
            guard let parsed = ISOWeek(w) else { throw HTTPError(.badRequest, message: "week \"\(w)\" is not an ISO week such as 2026-W47") }
            week = parsed
        }
        let format = download ? ReportFormat(rawValue: request.uri.queryParameters.get("format") ?? "html") : .html
        guard let format else { throw HTTPError(.badRequest, message: "format must be html, md, csv or json") }
        let report = try await cache.report(week: week, unitIDs: units)
        let text = workspace.render(report, as: format, language: p.language)
        var response = Layout.html(text, type: Self.mediaType(format))
        if download {
            response.headers[.contentDisposition] = "attachment; filename=\"report-\(week).\(format.rawValue)\""
        }
        return response
    }

    /// The LKE evidence of the account's units (or `?unit=`): HTML, posts CSV or answers CSV.
    func evidenceDownload(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let (units, forbidden) = reportUnits(request, context)
        if forbidden { return forbiddenPage(p) }
        guard let format = EvidenceDownload(rawValue: request.uri.queryParameters.get("format") ?? "html") else {
            throw HTTPError(.badRequest, message: "format must be html, csv or answers.csv")
        }
        let summary = try await cache.summary()
        let ids = units ?? Set(tree.units.keys)
        let evidence = try await workspace.unitEvidence(unitIDs: ids, now: summary.now)
        var response = Layout.html(workspace.render(evidence, as: format, language: p.language),
                                   type: format == .html ? "text/html; charset=utf-8" : "text/csv; charset=utf-8")
        response.headers[.contentDisposition] = "attachment; filename=\"evidence.\(format == .html ? "html" : "csv")\""
        return response
    }

    static func mediaType(_ f: ReportFormat) -> String {
        switch f {
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }
}
