import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// The channels of the units the account sees: state, last success, last error, next crawl, API
    /// token state. Editors may ask for a crawl now.
    func sourcesPage(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let scope = scope(context)
        let unitFilter = request.uri.queryParameters.get("unit")
        if let u = unitFilter, !scope.allows(u) { return forbiddenPage(p) }
        let registered = Dictionary(workspace.registry.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = try await workspace.sourceHealth().filter { h in
            guard let s = registered[h.sourceID], scope.allows(s.unitID) else { return false }
            return unitFilter.map { $0 == s.unitID } ?? true
        }
        let page = max(1, request.uri.queryParameters.get("page", as: Int.self) ?? 1)
        let f = Formats(language: p.language, zone: workspace.zone)
        let canEdit = context.account?.role.canEdit ?? false
        let notice = request.uri.queryParameters.get("queued")
        return Layout.page(p.t("Kanal", "Sources"), p) { h in
            if let n = notice { h.raw("<p class=\"ok\">").text(p.t("Kanal \(n) akan dirayapi pada putaran berikutnya.", "Source \(n) will be crawled on the next round.")).raw("</p>") }
            h.raw("<div class=\"wrap\"><table id=\"sources\"><thead><tr>")
            for c in [p.t("Kanal", "Source"), p.t("Unit", "Unit"), p.t("Keadaan", "State"), p.t("Terakhir berhasil", "Last success"),
                      p.t("Galat terakhir", "Last error"), p.t("Jadwal berikutnya", "Next due"), p.t("Token API", "API token")] {
                h.raw("<th>").text(c).raw("</th>")
            }
            if canEdit { h.raw("<th class=\"noprint\"></th>") }
            h.raw("</tr></thead><tbody>\n")
            for r in rows.dropFirst((page - 1) * Self.overviewPageSize).prefix(Self.overviewPageSize) {
                let s = registered[r.sourceID]!
                let state = Self.state(r)
                h.raw("<tr>").td(s.platform.displayName + " · " + s.id).raw("<td>").link(p.href("/unit/" + s.unitID), tree.units[s.unitID]?.name ?? s.unitID).raw("</td>")
                h.td(sourceStateText(state, p), state == "ok" ? "ok" : state == "never-crawled" ? "muted" : "bad")
                h.td(f.date(r.lastSuccess)).td(r.lastError ?? "–").td(f.date(r.nextDue))
                h.td(r.apiState.map { $0.rawValue.replacingOccurrences(of: "_", with: " ") } ?? (s.kind == .api ? p.t("belum dibaca", "not read yet") : "–"))
                if canEdit {
                    h.raw("<td class=\"noprint\"><form method=\"post\" action=\"").text(p.href("/sources/" + s.id + "/crawl")).raw("\">").raw(p.csrfField)
                    h.raw("<button type=\"submit\">").text(p.t("Rayapi sekarang", "Crawl now")).raw("</button></form></td>")
                }
                h.raw("</tr>\n")
            }
            h.raw("</tbody></table></div>\n")
            pager(h, p, page: page, count: rows.count)
        }
    }

    func sourceStateText(_ state: String, _ p: PageContext) -> String {
        switch state {
        case "ok": p.t("baik", "ok")
        case "failing": p.t("gagal", "failing")
        case "broken": p.t("rusak", "broken")
        case "quarantined": p.t("dikarantina", "quarantined")
        case "token-expired": p.t("token kedaluwarsa", "token expired")
        default: p.t("belum pernah dirayapi", "never crawled")
        }
    }

    /// "Crawl this source now" (editors): the source is made due; the daemon crawls it next.
    func crawlNow(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let id = context.parameters.get("id") ?? ""
        guard let source = workspace.registry.sources.first(where: { $0.id == id }) else {
            return notFoundPage(p, p.t("Kanal \(id) tidak terdaftar.", "Source \(id) is not registered."))
        }
        guard scope(context).allows(source.unitID), context.account?.role.canEdit == true else { return forbiddenPage(p) }
        _ = try await workspace.crawlSoon(sourceID: id, now: Date())
        logger.notice("crawl requested", metadata: ["user": .string(context.account?.name ?? "-"), "source": .string(id)])
        return Response.redirect(to: p.href("/sources", [("queued", id)]), type: .found)
    }
}
