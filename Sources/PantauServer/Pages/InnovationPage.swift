import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// One innovation: its matched posts with the words that made each match, the engagement history
    /// of those posts, and the LKE items with suggested answers and reasons.
    func innovationPage(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let id = context.parameters.get("id") ?? ""
        guard let inn = tree.innovations[id] else {
            return notFoundPage(p, p.t("Inovasi \(id) tidak terdaftar.", "Innovation \(id) is not registered."))
        }
        guard scope(context).allows(inn.unitID) else { return forbiddenPage(p) }
        let before = request.uri.queryParameters.get("before", as: Int64.self)
        let posts = try await workspace.posts(DashboardPostQuery(innovationID: id, before: before, limit: 50))
        let history = try await workspace.engagementHistory(innovationID: id)
        let summary = try await cache.summary()
        let evidence = try await workspace.unitEvidence(unitIDs: [inn.unitID], now: summary.now)
        let answers = evidence.units.first { $0.unit.id == inn.unitID }?.answers ?? []
        let f = Formats(language: p.language, zone: workspace.zone)
        return Layout.page(inn.name, p) { h in
            h.raw("<p>").text(p.t("Unit", "Unit")).raw(": ").link(p.href("/unit/" + inn.unitID), tree.units[inn.unitID]?.name ?? inn.unitID).raw("</p>")
            if let state = summary.index[inn.unitID].flatMap({ summary.report.units[$0].innovations.first { $0.innovation.id == id } }) {
                let s = f.state(state.state)
                h.raw("<p>").text(p.t("Keadaan minggu \(summary.report.week)", "State in \(summary.report.week)")).raw(": <span class=\"\(s.cls)\">").text(s.text).raw("</span></p>")
            }
            h.raw("<h2>").text(p.t("Riwayat keterlibatan", "Engagement history")).raw("</h2>\n")
            if history.isEmpty {
                h.raw("<p class=\"muted\">").text(p.t("Belum ada angka keterlibatan yang terbaca untuk unggahan inovasi ini.",
                                                     "No engagement counts read for this innovation's posts yet.")).raw("</p>")
            } else {
                h.raw(Chart.lines([(p.t("tayang", "views"), "#12355b", history.map { $0.engagement.views ?? 0 }),
                                   (p.t("suka", "likes"), "#b35c00", history.map { $0.engagement.likes ?? 0 })],
                                  days: history.map { f.day($0.day) }, title: p.t("Keterlibatan per hari", "Engagement per day"), peakText: f.int))
            }
            h.raw("<h2>").text(p.t("Butir LKE", "LKE items")).raw("</h2>\n<table id=\"lke\"><thead><tr><th>")
            h.text(p.t("Butir", "Item")).raw("</th><th>").text(p.t("Saran jawaban", "Suggested answer")).raw("</th><th>")
            h.text(p.t("Alasan", "Reason")).raw("</th></tr></thead><tbody>")
            for a in answers { h.raw("<tr>").td(a.item.rawValue).td(a.grade.rawValue).td(a.reason.text(p.language)).raw("</tr>") }
            h.raw("</tbody></table>\n<h2>").text(p.t("Unggahan yang cocok dan buktinya", "Matched posts and their evidence")).raw("</h2>\n")
            postTable(h, posts, p, f, evidenceFor: id)
            if posts.count == 50, let last = posts.last {
                h.raw("<p class=\"noprint\">").link(p.href("/innovation/" + id, [("before", String(last.id))]), p.t("unggahan lebih lama »", "older posts »")).raw("</p>")
            }
        }
    }
}
