import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    static let overviewPageSize = 100

    /// The units the account sees, each with its visibility index, trend, silent and blind
    /// innovations and broken channels, from the weekly summary (100 units a page).
    func overviewPage(_ request: Request, _ context: DashboardContext) async throws -> Response {
        let p = PageContext(request, context)
        let summary = try await cache.summary()
        let scope = scope(context)
        // Positions, not copies: a unit's week is a large value, and only one page of them is drawn.
        let all = summary.report.units
        let units = scope.unitIDs == nil ? Array(all.indices) : all.indices.filter { scope.allows(all[$0].unit.id) }
        let page = max(1, request.uri.queryParameters.get("page", as: Int.self) ?? 1)
        let slice = units.dropFirst((page - 1) * Self.overviewPageSize).prefix(Self.overviewPageSize)
        let f = Formats(language: p.language, zone: workspace.zone)
        let minDepth = summary.minDepth(units)
        return Layout.page(p.t("Ringkasan", "Overview"), p) { h in
            h.raw("<p>").text(p.t("Minggu", "Week")).raw(" <strong>").text("\(summary.report.week)").raw("</strong> · ")
            h.text(p.t("data per", "data as of")).raw(" ").text(f.date(summary.now)).raw(" · ")
            h.text(p.t("\(f.int(units.count)) unit", "\(f.int(units.count)) units")).raw("</p>\n")
            h.raw("<div class=\"wrap\"><table id=\"units\"><thead><tr><th>").text(p.t("Unit", "Unit")).raw("</th><th>")
            h.text(p.t("Indeks visibilitas", "Visibility index")).raw("</th><th>").text(p.t("Tren", "Trend")).raw("</th><th>")
            h.text(p.t("Inovasi", "Innovations")).raw("</th><th>").text(p.t("Senyap", "Silent")).raw("</th><th>")
            h.text(p.t("Tak terlihat", "Blind")).raw("</th><th>").text(p.t("Kanal rusak", "Broken channels")).raw("</th></tr></thead><tbody>\n")
            for i in slice { overviewRow(h, all[i], summary.report.trendWeeks.count, p, f, indent: all[i].depth - minDepth) }
            h.raw("</tbody></table></div>\n")
            pager(h, p, page: page, count: units.count)
            if units.isEmpty {
                h.raw("<p class=\"muted\">").text(p.t("Tidak ada unit untuk akun ini.", "No unit for this account.")).raw("</p>")
            }
        }
    }

    private func overviewRow(_ h: HTML, _ u: UnitWeek, _ weeks: Int, _ p: PageContext, _ f: Formats, indent: Int) {
        var trend = Array(repeating: 0, count: weeks)
        for i in u.innovations { for (k, v) in i.trend.enumerated() where k < weeks { trend[k] += v } }
        let silent = u.innovations.filter { if case .silent = $0.state { true } else { false } }.count
        let blind = u.platforms.filter { !$0.visibility.isSeen && $0.visibility != .notRegistered }
        h.raw("<tr><td style=\"padding-left:\(0.45 + Double(min(indent, 6)) * 1.2)rem\">")
        h.link(p.href("/unit/" + u.unit.id), u.unit.name).raw("</td>")
        h.td(u.rollupVisibility.map { f.int($0) } ?? "–", "n").raw("<td>").raw(Chart.spark(trend, label: p.t("unggahan per minggu", "posts per week"))).raw("</td>")
        h.td(f.int(u.innovations.count), "n").td(f.int(silent), silent > 0 ? "n bad" : "n")
        h.td(blind.isEmpty ? "–" : blind.map { $0.platform.displayName }.joined(separator: ", "), blind.isEmpty ? nil : "warn")
        h.td(f.int(u.totals.brokenChannels), u.totals.brokenChannels > 0 ? "n bad" : "n").raw("</tr>\n")
    }

    func pager(_ h: HTML, _ p: PageContext, page: Int, count: Int) {
        let pages = (count + Self.overviewPageSize - 1) / Self.overviewPageSize
        guard pages > 1 else { return }
        h.raw("<p class=\"noprint\">")
        if page > 1 { h.link(p.href(p.path, [("page", String(page - 1))]), p.t("« sebelumnya", "« previous")).raw(" ") }
        h.text(p.t("halaman \(page) dari \(pages)", "page \(page) of \(pages)")).raw(" ")
        if page < pages { h.link(p.href(p.path, [("page", String(page + 1))]), p.t("berikutnya »", "next »")) }
        h.raw("</p>\n")
    }
}
