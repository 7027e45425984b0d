import Foundation
import PantauModel

/// Renders the weekly report as one self-contained, print-ready HTML file (inline CSS and SVG, no
/// scripts, no outside resources). Every text that came from a feed is escaped.
public enum HTMLReport {
    public static func render(_ r: WeeklyReport, language: Language) -> String {
        let x = ReportText(language: language, zone: r.zone)
        let h = HTMLBuilder()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.raw("<title>").text("\(x.title) — \(x.weekTitle(r))").raw("</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n")
        header(h, r, x)
        summary(h, r, x)
        attention(h, r, x)
        for u in r.units { unit(h, u, r, x) }
        channelHealth(h, r, x)
        h.raw("<footer>").text(x.t("Dibuat oleh Pantau", "Made by Pantau")).raw(" · ").text(x.dateTime(r.generated)).raw("</footer>\n")
        h.raw("</body>\n</html>\n")
        return h.out
    }

    static func header(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        h.raw("<header>\n<h1>").text(x.title).raw("</h1>\n<p class=\"period\"><strong>").text(x.weekTitle(r))
            .raw("</strong> · ").text(x.period(r)).raw("</p>\n")
        let names = r.units.filter { $0.depth == 0 }.map(\.unit.name)
        if !names.isEmpty {
            let shown = names.prefix(6).joined(separator: ", ") + (names.count > 6 ? " …" : "")
            h.raw("<p class=\"scope\">").text(shown).raw("</p>\n")
        }
        h.raw("</header>\n")
    }

    static func summary(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        let t = r.totals
        h.raw("<section id=\"ringkasan\">\n<h2>").text(x.t("Ringkasan", "Summary")).raw("</h2>\n<div class=\"cards\">\n")
        func card(_ value: String, _ label: String, _ cls: String = "") {
            h.raw("<div class=\"card \(cls)\"><div class=\"v\">").text(value).raw("</div><div class=\"l\">").text(label).raw("</div></div>\n")
        }
        card(x.int(r.units.count), x.t("satuan", "units"))
        card(x.int(t.innovations), x.t("inovasi", "innovations"))
        card(x.int(t.onSocialMedia), x.t("ada di media sosial", "on social media"), "ok")
        card(x.int(t.websiteOnly), x.t("hanya website", "website only"), "web")
        card(x.int(t.noPublicPost), x.t("tanpa unggahan publik", "no public post"), "none")
        card(x.int(t.posts), x.t("unggahan inovasi", "innovation posts"))
        card(x.int(t.brokenChannels), x.t("kanal rusak", "broken channels"), t.brokenChannels > 0 ? "none" : "")
        h.raw("</div>\n<p>")
        h.text(x.t("Inovasi dengan unggahan publik minggu ini: \(x.percent(t.coveredShare)); di media sosial: \(x.percent(t.socialShare)). Unggahan: \(x.int(t.socialPosts)) di media sosial, \(x.int(t.websitePosts)) di website.",
                   "Innovations with a public post this week: \(x.percent(t.coveredShare)); on social media: \(x.percent(t.socialShare)). Posts: \(x.int(t.socialPosts)) on social media, \(x.int(t.websitePosts)) on websites."))
        h.raw("</p>\n</section>\n")
    }

    /// Innovations without public posts and those only on the website, across all units.
    static func attention(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        for status in [WeekStatus.noPublicPost, .websiteOnly] {
            let rows = r.units.flatMap { u in u.innovations.filter { $0.status == status }.map { (u, $0) } }
            let (id, title) = status == .noPublicPost
                ? ("tanpa-unggahan", x.t("Inovasi tanpa unggahan publik", "Innovations without a public post"))
                : ("hanya-website", x.t("Inovasi hanya di website (tidak di media sosial)", "Innovations on the website only (not on social media)"))
            h.raw("<section id=\"\(id)\">\n<h2>").text(title).raw(" <span class=\"count\">").text(x.int(rows.count)).raw("</span></h2>\n")
            if rows.isEmpty {
                h.raw("<p class=\"muted\">").text(x.t("Tidak ada.", "None.")).raw("</p>\n</section>\n")
                continue
            }
            h.raw("<table>\n<thead><tr><th>").text(x.t("Satuan", "Unit")).raw("</th><th>").text(x.t("Inovasi", "Innovation"))
                .raw("</th><th>").text(x.t("Unggahan terakhir", "Last post")).raw("</th><th>")
                .text(x.t("Terakhir di media sosial", "Last on social media")).raw("</th></tr></thead>\n<tbody>\n")
            for (u, i) in rows {
                h.raw("<tr><td>").text(u.unit.name).raw("</td><td>").badge(i.status).raw(" ").text(x.label(i.innovation))
                    .raw("</td><td>").text(x.lastPost(i.lastPost)).raw("</td><td>").text(x.lastPost(i.lastSocialPost)).raw("</td></tr>\n")
            }
            h.raw("</tbody>\n</table>\n</section>\n")
        }
    }

    static func unit(_ h: HTMLBuilder, _ u: UnitWeek, _ r: WeeklyReport, _ x: ReportText) {
        h.raw("<section class=\"unit\" id=\"unit-").text(u.unit.id).raw("\">\n<h2>").text(u.unit.name).raw("</h2>\n")
        let t = u.totals
        h.raw("<p class=\"muted\">").text(x.t(
            "\(x.int(t.innovations)) inovasi · \(x.int(t.onSocialMedia)) di media sosial · \(x.int(t.websiteOnly)) hanya website · \(x.int(t.noPublicPost)) tanpa unggahan",
            "\(x.int(t.innovations)) innovations · \(x.int(t.onSocialMedia)) on social media · \(x.int(t.websiteOnly)) website only · \(x.int(t.noPublicPost)) without a post")).raw("</p>\n")
        guard !u.innovations.isEmpty else {
            h.raw("<p class=\"muted\">").text(x.t("Belum ada inovasi terdaftar.", "No innovation registered.")).raw("</p>\n</section>\n")
            return
        }
        h.raw("<table class=\"inv\">\n<thead><tr><th>").text(x.t("Inovasi", "Innovation")).raw("</th><th>").text("Status")
            .raw("</th><th class=\"n\">").text(x.t("Unggahan minggu ini", "Posts this week")).raw("</th><th>")
            .text(x.t("Kanal", "Channels")).raw("</th><th>").text(x.t("Unggahan terakhir", "Last post")).raw("</th></tr></thead>\n<tbody>\n")
        for i in u.innovations {
            h.raw("<tr class=\"s-\(i.status.rawValue)\"><td>").text(x.label(i.innovation)).raw("</td><td>").badge(i.status).raw(" ")
                .text(x.status(i.status)).raw("</td><td class=\"n\">").text(x.int(i.posts.count)).raw("</td><td>")
                .text(i.channels.isEmpty ? "–" : x.channels(i.channels)).raw("</td><td>").text(x.lastPost(i.lastPost)).raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table>\n")
        for i in u.innovations where !i.posts.isEmpty {
            h.raw("<h3>").text(x.label(i.innovation)).raw("</h3>\n<ul class=\"posts\">\n")
            for p in i.posts { post(h, p, x) }
            h.raw("</ul>\n")
        }
        h.raw("</section>\n")
    }

    static func post(_ h: HTMLBuilder, _ p: PostLine, _ x: ReportText) {
        let title = Escape.clip(p.title.flatMap { $0.isEmpty ? nil : $0 } ?? x.t("(tanpa judul)", "(untitled)"))
        h.raw("<li><span class=\"ch ").text(p.platform.isSocial ? "social" : "web").raw("\">").text(x.platform(p.platform)).raw("</span> ")
        h.raw("<span class=\"d\">").text(x.shortDate(p.time)).raw("</span> ")
        if let url = Escape.safeURL(p.url) {
            h.raw("<a href=\"").text(url).raw("\" rel=\"noopener noreferrer\">").text(title).raw("</a>")
        } else {
            h.text(title)
        }
        let e = x.engagement(p.engagement)
        if !e.isEmpty { h.raw(" <span class=\"eng\">").text(e).raw("</span>") }
        h.raw("</li>\n")
    }

    static func channelHealth(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        h.raw("<section id=\"kanal\">\n<h2>").text(x.t("Kesehatan kanal", "Channel health")).raw("</h2>\n<p class=\"muted\">")
            .text(x.t("Kanal rusak berarti Pantau tidak bisa membacanya — itu bukan berarti inovasinya sepi.",
                      "A broken channel means Pantau cannot read it — not that the innovation is silent.")).raw("</p>\n")
        let rows = r.units.flatMap { u in u.channels.map { (u, $0) } }
        guard !rows.isEmpty else {
            h.raw("<p class=\"muted\">").text(x.t("Tidak ada kanal terdaftar.", "No channel registered.")).raw("</p>\n</section>\n")
            return
        }
        h.raw("<table>\n<thead><tr><th>").text(x.t("Satuan", "Unit")).raw("</th><th>").text(x.t("Kanal", "Channel"))
            .raw("</th><th class=\"n\">").text(x.t("Unggahan minggu ini", "Posts this week")).raw("</th><th>")
            .text(x.t("Unggahan terakhir", "Last post")).raw("</th><th>").text(x.t("Keadaan", "State")).raw("</th></tr></thead>\n<tbody>\n")
        for (u, c) in rows {
            h.raw(c.isBroken ? "<tr class=\"broken\">" : "<tr>").raw("<td>").text(u.unit.name).raw("</td><td>")
                .text("\(x.platform(c.source.platform)) · \(c.source.id)").raw("</td><td class=\"n\">").text(x.int(c.posts))
                .raw("</td><td>").text(x.lastPost(c.lastPost)).raw("</td><td>").text((c.isBroken ? "✖ " : "") + x.health(c)).raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table>\n</section>\n")
    }
}

/// Appends HTML: `raw` for markup Pantau writes, `text` for anything else (escaped). Calls chain.
final class HTMLBuilder {
    var out = ""

    @discardableResult func raw(_ s: String) -> HTMLBuilder { out += s; return self }
    @discardableResult func text(_ s: String) -> HTMLBuilder { out += Escape.html(s); return self }

    /// A status mark that reads in colour and in black and white: ✔ social, ⚠ website only, ✖ none.
    @discardableResult func badge(_ s: WeekStatus) -> HTMLBuilder {
        switch s {
        case .onSocialMedia: raw("<span class=\"b ok\">✔</span>")
        case .websiteOnly: raw("<span class=\"b web\">⚠</span>")
        case .noPublicPost: raw("<span class=\"b none\">✖</span>")
        }
    }
}
