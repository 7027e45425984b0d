import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// One unit: the innovations × channels × weeks coverage grid, its channels, recent posts and alerts.
    func unitPage(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let id = context.parameters.get("id") ?? ""
        guard let unit = tree.units[id] else { return notFoundPage(p, p.t("Unit \(id) tidak terdaftar.", "Unit \(id) is not registered.")) }
        guard scope(context).allows(id) else { return forbiddenPage(p) }
        let summary = try await cache.summary()
        let week = summary.index[id].map { summary.report.units[$0] }
        let posts = try await workspace.posts(DashboardPostQuery(sourceIDs: tree.sources(of: id).map(\.id), limit: 20))
        let alerts = summary.alertsByUnit[id] ?? []
        let f = Formats(language: p.language, zone: workspace.zone)
        return Layout.page(unit.name, p) { h in
            if let parent = unit.parent, let pu = tree.units[parent], scope(context).allows(parent) {
                h.raw("<p>").text(p.t("Di bawah", "Under")).raw(" ").link(p.href("/unit/" + parent), pu.name).raw("</p>")
            }
            let kids = (tree.children[id] ?? []).compactMap { tree.units[$0] }
            if !kids.isEmpty {
                h.raw("<p>").text(p.t("Unit di bawahnya:", "Units below:")).raw(" ")
                for (i, k) in kids.enumerated() { if i > 0 { h.raw(", ") }; h.link(p.href("/unit/" + k.id), k.name) }
                h.raw("</p>")
            }
            if let week { grid(h, week, summary.report.trendWeeks, p, f) }
            h.raw("<p>").link(p.href("/report", [("unit", id)]), p.t("Laporan mingguan unit ini", "This unit's weekly report")).raw("</p>")
            h.raw("<h2>").text(p.t("Unggahan terbaru", "Recent posts")).raw("</h2>\n")
            postTable(h, posts, p, f)
            h.raw("<h2>").text(p.t("Peringatan", "Alerts")).raw("</h2>\n")
            if alerts.isEmpty { h.raw("<p class=\"muted\">").text(p.t("Tidak ada peringatan aktif.", "No alert firing.")).raw("</p>") }
            h.raw("<ul id=\"alerts\">")
            for a in alerts { h.raw("<li class=\"\(a.severity == .critical ? "bad" : "warn")\">").text(a.message.text(p.language)).raw("</li>") }
            h.raw("</ul>\n")
        }
    }

    /// Rows: innovation × channel; columns: the trend weeks; a cell holds that week's posts.
    private func grid(_ h: HTML, _ u: UnitWeek, _ weeks: [ISOWeek], _ p: PageContext, _ f: Formats) {
        h.raw("<p>").text(p.t("Indeks visibilitas", "Visibility index")).raw(": <strong>").text(f.int(u.visibility)).raw("</strong></p>")
        h.raw("<h2>").text(p.t("Cakupan: inovasi × kanal × minggu", "Coverage: innovations × channels × weeks")).raw("</h2>\n")
        h.raw("<div class=\"wrap\"><table id=\"grid\"><thead><tr><th>").text(p.t("Inovasi", "Innovation")).raw("</th><th>")
        h.text(p.t("Kanal", "Channel")).raw("</th>")
        for w in weeks { h.raw("<th>").text("W\(w.week)").raw("</th>") }
        h.raw("<th>").text(p.t("Keadaan", "State")).raw("</th></tr></thead><tbody>\n")
        for i in u.innovations {
            let rows = i.channelTrend.isEmpty ? [ChannelTrend(sourceID: "–", platform: .other, posts: i.trend)] : i.channelTrend
            for (k, c) in rows.enumerated() {
                h.raw("<tr>")
                if k == 0 {
                    h.raw("<td rowspan=\"\(rows.count)\">").link(p.href("/innovation/" + i.innovation.id), i.innovation.name).raw("</td>")
                }
                h.td(c.platform.displayName + " · " + c.sourceID)
                for n in c.posts { h.raw("<td class=\"n cell\(min(n, 3))\">").text(f.int(n)).raw("</td>") }
                if k == 0 {
                    let s = f.state(i.state)
                    h.raw("<td rowspan=\"\(rows.count)\" class=\"\(s.cls)\">").text(s.text).raw("</td>")
                }
                h.raw("</tr>\n")
            }
        }
        h.raw("</tbody></table></div>\n")
    }

    /// Posts with time, channel, title (linked to the original), engagement and matched innovations.
    func postTable(_ h: HTML, _ posts: [DashboardPost], _ p: PageContext, _ f: Formats, evidenceFor: String? = nil) {
        guard !posts.isEmpty else {
            h.raw("<p class=\"muted\">").text(p.t("Belum ada unggahan tersimpan.", "No stored post yet.")).raw("</p>")
            return
        }
        h.raw("<div class=\"wrap\"><table class=\"posts\"><thead><tr><th>").text(p.t("Waktu", "Time")).raw("</th><th>")
        h.text(p.t("Kanal", "Channel")).raw("</th><th>").text(p.t("Unggahan", "Post")).raw("</th><th>")
        h.text(p.t("Keterlibatan", "Engagement")).raw("</th><th>")
        h.text(evidenceFor == nil ? p.t("Inovasi", "Innovations") : p.t("Mengapa cocok", "Why it matched")).raw("</th></tr></thead><tbody>\n")
        for post in posts {
            h.raw("<tr>").td(f.date(post.time)).td(post.platform.displayName + " · " + post.sourceID).raw("<td>")
            let title = post.title ?? p.t("(tanpa judul)", "(no title)")
            if let url = post.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
                h.raw("<a class=\"post\" rel=\"noopener noreferrer\" href=\"").text(url).raw("\">").text(title).raw("</a>")
            } else { h.text(title) }
            h.raw("</td>").td(f.engagement(post.engagement)).raw("<td class=\"evidence\">")
            if let inn = evidenceFor {
                for m in post.matches where m.innovationID == inn {
                    h.text(p.t("skor ", "score ") + LocalFormat.decimal(m.score, digits: 2, language: p.language) + ": ")
                    for (i, w) in m.evidence.enumerated() { if i > 0 { h.raw(", ") }; h.raw("<mark>").text(EvidenceText.line(w, p.language)).raw("</mark>") }
                }
            } else {
                for (i, m) in post.matches.enumerated() {
                    if i > 0 { h.raw(", ") }
                    h.link(p.href("/innovation/" + m.innovationID), tree.innovations[m.innovationID]?.name ?? m.innovationID)
                }
            }
            h.raw("</td></tr>\n")
        }
        h.raw("</tbody></table></div>\n")
    }
}
