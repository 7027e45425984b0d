import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// Alerts firing now in the account's units, with the latest answer to each; editors acknowledge
    /// or silence with a reason. Below: the answers and the notification history.
    func alertsPage(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let scope = scope(context)
        let summary = try await cache.summary()
        let firing = summary.alerts.filter { scope.allows($0.unitID) }
        let acks = try await workspace.accounts.acknowledgements(unitIDs: scope.unitIDs, limit: 200)
        let latest = Dictionary(acks.map { ($0.fingerprint, $0) }, uniquingKeysWith: { a, _ in a })
        let history = try await workspace.alertHistory(unitIDs: scope.unitIDs, limit: 200)
        let f = Formats(language: p.language, zone: workspace.zone)
        let canEdit = context.account?.role.canEdit ?? false
        return Layout.page(p.t("Peringatan", "Alerts"), p) { h in
            h.raw("<h2>").text(p.t("Aktif sekarang", "Firing now")).raw(" (").text(f.int(firing.count)).raw(")</h2>\n")
            h.raw("<div class=\"wrap\"><table id=\"firing\"><thead><tr><th>").text(p.t("Unit", "Unit")).raw("</th><th>")
            h.text(p.t("Peringatan", "Alert")).raw("</th><th>").text(p.t("Sejak", "Since")).raw("</th><th>")
            h.text(p.t("Tanggapan", "Answer")).raw("</th>").raw(canEdit ? "<th class=\"noprint\"></th>" : "").raw("</tr></thead><tbody>\n")
            for a in firing.prefix(500) {
                h.raw("<tr>").raw("<td>").link(p.href("/unit/" + a.unitID), tree.units[a.unitID]?.name ?? a.unitID).raw("</td>")
                h.td(a.message.text(p.language), a.severity == .critical ? "bad" : "warn").td(f.date(a.since))
                if let ack = latest[a.fingerprint], ack.until.map({ $0 > Date() }) ?? true {
                    h.td(ackText(ack, p, f))
                } else { h.td("–") }
                if canEdit { ackForm(h, a, p) }
                h.raw("</tr>\n")
            }
            h.raw("</tbody></table></div>\n<h2>").text(p.t("Tanggapan", "Answers")).raw("</h2>\n<ul id=\"answers\">")
            for a in acks.prefix(100) { h.raw("<li>").text(a.fingerprint + ": " + ackText(a, p, f)).raw("</li>") }
            h.raw("</ul>\n<h2>").text(p.t("Riwayat pemberitahuan", "Notification history")).raw("</h2>\n")
            h.raw("<div class=\"wrap\"><table id=\"history\"><tbody>")
            for e in history { h.raw("<tr>").td(f.date(e.at)).td(e.kind).td(e.notifier).td(e.message).raw("</tr>") }
            h.raw("</tbody></table></div>\n")
        }
    }

    private func ackText(_ a: AlertAcknowledgement, _ p: PageContext, _ f: Formats) -> String {
        let what = a.action == .acknowledge ? p.t("diketahui", "acknowledged")
            : p.t("dibungkam sampai ", "silenced until ") + f.date(a.until)
        return "\(what) — \(a.by), \(f.date(a.at)): \(a.reason)"
    }

    private func ackForm(_ h: HTML, _ a: Alert, _ p: PageContext) {
        h.raw("<td class=\"noprint\"><form method=\"post\" action=\"").text(p.href("/alerts/answer")).raw("\">").raw(p.csrfField)
        h.raw("<input type=\"hidden\" name=\"fingerprint\" value=\"").text(a.fingerprint).raw("\">")
        h.raw("<input name=\"reason\" required placeholder=\"").text(p.t("alasan", "reason")).raw("\"> ")
        h.raw("<select name=\"action\"><option value=\"acknowledge\">").text(p.t("ketahui", "acknowledge"))
        h.raw("</option><option value=\"silence\">").text(p.t("bungkam 7 hari", "silence 7 days")).raw("</option></select> ")
        h.raw("<button type=\"submit\">").text(p.t("Simpan", "Save")).raw("</button></form></td>")
    }

    /// Saves an editor's answer to an alert (acknowledge, or silence for 7 days) with its reason.
    func answerAlert(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let form = context.form
        let summary = try await cache.summary()
        guard let account = context.account, let fp = form["fingerprint"], let alert = summary.alerts.first(where: { $0.fingerprint == fp }) else {
            return notFoundPage(p, p.t("Peringatan itu tidak aktif lagi.", "That alert is no longer firing."))
        }
        guard account.role.canEdit, scope(context).allows(alert.unitID) else { return forbiddenPage(p) }
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty, reason.count <= 500 else {
            return Layout.page(p.t("Alasan diperlukan", "A reason is needed"), p, status: .badRequest) { h in
                h.raw("<p class=\"error\">").text(p.t("Tulis alasan (paling banyak 500 huruf).", "Write a reason (at most 500 characters).")).raw("</p>")
            }
        }
        let action = AlertAcknowledgement.Action(rawValue: form["action"] ?? "") ?? .acknowledge
        let now = Date()
        try await workspace.accounts.saveAcknowledgement(AlertAcknowledgement(
            fingerprint: fp, unitID: alert.unitID, action: action, reason: reason, by: account.name, at: now,
            until: action == .silence ? now.addingTimeInterval(7 * 86_400) : nil))
        logger.notice("alert \(action.rawValue)", metadata: ["user": .string(account.name), "alert": .string(fp)])
        return Response.redirect(to: p.href("/alerts"), type: .found)
    }
}
