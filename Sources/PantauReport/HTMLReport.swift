import Foundation
import PantauModel

/// Renders the weekly report as one self-contained, print-ready HTML file (inline CSS and SVG, no
/// scripts, no outside resources). Every text that came from a feed is escaped.
public enum HTMLReport {
    public static func render(_ r: WeeklyReport, language: Language) -> String {
        let x = ReportText(language: language, zone: r.zone)
        let h = HTMLBuilder()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n")
        h.raw(ContentSecurityPolicy.meta)
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        h.raw("<title>").text("\(x.title) — \(x.weekTitle(r))").raw("</title>\n<style>\(HTMLStyle.css)</style>\n</head>\n<body>\n")
        header(h, r, x)
        summary(h, r, x)
        overview(h, r, x)
        attention(h, r, x)
        recommendations(h, r, x)
        for u in r.units { unit(h, u, r, x) }
        channelHealth(h, r, x)
        formula(h, r, x)
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
        // State counts: the same judgement as the alerts (`InnovationState`).
        let states = r.units.flatMap(\.innovations).map(\.state.key)
        func count(_ key: String) -> Int { states.filter { $0 == key }.count }
        card(x.int(count("ok")), x.t("ada di media sosial", "on social media"), "ok")
        card(x.int(count("within-cadence")), x.t("masih dalam kadensi", "within cadence"))
        card(x.int(count("website-only")), x.t("hanya website", "website only"), "web")
        card(x.int(count("silent")), x.t("senyap (kadensi terlampaui)", "silent (cadence exceeded)"), "none")
        if count("no-data") + count("not-visible") > 0 {
            card(x.int(count("no-data") + count("not-visible")), x.t("belum ada data / tidak terlihat", "no data / not visible"))
        }
        card(x.int(t.posts), x.t("unggahan inovasi", "innovation posts"))
        card(x.int(t.brokenChannels), x.t("kanal rusak", "broken channels"), t.brokenChannels > 0 ? "none" : "")
        h.raw("</div>\n<p>")
        h.text(x.t("Inovasi dengan unggahan publik minggu ini: \(x.percent(t.coveredShare)); di media sosial: \(x.percent(t.socialShare)). Unggahan: \(x.int(t.socialPosts)) di media sosial, \(x.int(t.websitePosts)) di website.",
                   "Innovations with a public post this week: \(x.percent(t.coveredShare)); on social media: \(x.percent(t.socialShare)). Posts: \(x.int(t.socialPosts)) on social media, \(x.int(t.websitePosts)) on websites."))
        h.raw("</p>\n")
        let legend = (x.t("media sosial", "social media"), x.t("website / lainnya", "website / other"))
        h.raw("<h3>").text(x.t("Unggahan inovasi per minggu (8 minggu)", "Innovation posts per week (8 weeks)")).raw("</h3>\n<div class=\"chart\">")
        h.raw(SVGChart.weeklyTrend(weeks: r.trendWeeks, social: r.trendSocial, other: r.trendOther, legend: legend,
                                   title: x.t("Tren unggahan", "Post trend"), number: x.int))
        h.raw("</div>\n")
        if !r.channelMix.isEmpty {
            h.raw("<h3>").text(x.t("Sebaran kanal minggu ini", "Channel mix this week")).raw("</h3>\n<div class=\"chart\">")
            h.raw(SVGChart.channelMix(r.channelMix, name: x.platform, title: x.t("Sebaran kanal", "Channel mix"), number: x.int))
            h.raw("</div>\n")
        }
        h.raw("</section>\n")
    }

    /// One row per unit, indented along the hierarchy, with its figures including the units below.
    static func overview(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        guard r.units.count > 1 else { return }
        h.raw("<section id=\"satuan\">\n<h2>").text(x.t("Per satuan", "Per unit")).raw("</h2>\n<p class=\"muted\">")
            .text(x.t("Angka termasuk satuan di bawahnya.", "Figures include the units below.")).raw("</p>\n<div class=\"scroll\"><table>\n<thead><tr><th>")
            .text(x.t("Satuan", "Unit")).raw("</th><th class=\"n\">").text(x.t("Inovasi", "Innovations")).raw("</th><th class=\"n\">")
            .text(x.t("Ada unggahan publik", "With a public post")).raw("</th><th class=\"n\">").text(x.t("Di media sosial", "On social media"))
            .raw("</th><th class=\"n\">").text(x.t("Tanpa unggahan", "No post")).raw("</th><th class=\"n\">").text(x.t("Indeks", "Index"))
            .raw("</th></tr></thead>\n<tbody>\n")
        for u in r.units {
            let t = u.rollup
            h.raw("<tr><td style=\"padding-left:\(8 + 18 * min(u.depth, 6))px\"><a href=\"#unit-").text(u.unit.id).raw("\">").text(u.unit.name)
                .raw("</a></td><td class=\"n\">").text(x.int(t.innovations)).raw("</td><td class=\"n\">")
                .text(t.innovations == 0 ? "–" : x.percent(t.coveredShare)).raw("</td><td class=\"n\">")
                .text(t.innovations == 0 ? "–" : x.percent(t.socialShare)).raw("</td><td class=\"n\">").text(x.int(t.noPublicPost))
                .raw("</td><td class=\"n\">").text(u.rollupVisibility.map { x.int($0) } ?? "–").raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table></div>\n</section>\n")
    }

    static func recommendations(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        let all = r.units.filter { !$0.recommendations.isEmpty }
        h.raw("<section id=\"rekomendasi\">\n<h2>").text(x.t("Rekomendasi", "Recommendations")).raw("</h2>\n")
        if all.isEmpty { h.raw("<p class=\"muted\">").text(x.t("Tidak ada.", "None.")).raw("</p>\n") }
        for u in all {
            h.raw("<h3>").text(u.unit.name).raw("</h3>\n<ul class=\"recs\">\n")
            for rec in u.recommendations { h.raw("<li>").text(rec.text.text(x.language)).raw("</li>\n") }
            h.raw("</ul>\n")
        }
        h.raw("</section>\n")
    }

    static func formula(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        let w = r.weights
        let d = { (v: Double) in LocalFormat.decimal(v, digits: 2, language: x.language) }
        h.raw("<section id=\"indeks\">\n<h2>").text(x.t("Cara membaca indeks visibilitas", "How the visibility index is computed")).raw("</h2>\n<p>")
        h.text(x.t("Indeks 0–100 = 100 × (Σ bobot × bagian) / (Σ bobot), hanya atas bagian yang diketahui. Bagian (masing-masing 0–1):",
                   "Index 0–100 = 100 × (Σ weight × part) / (Σ weight), over the known parts only. Parts (each 0–1):"))
        h.raw("</p>\n<ul>\n<li>").text(x.t("cakupan (bobot \(d(w.coverage))): bagian dari 8 minggu terakhir dengan minimal satu unggahan publik;",
                                            "coverage (weight \(d(w.coverage))): share of the last 8 weeks with at least one public post;"))
        h.raw("</li>\n<li>").text(x.t("media sosial (bobot \(d(w.social))): bagian dari 8 minggu terakhir dengan minimal satu unggahan di media sosial;",
                                      "social (weight \(d(w.social))): share of the last 8 weeks with at least one social-media post;"))
        h.raw("</li>\n<li>").text(x.t("keteraturan (bobot \(d(w.regularity))): 1 bila unggahan terakhir masih dalam target kadensi, turun lurus ke 0 pada dua kali kadensi;",
                                      "regularity (weight \(d(w.regularity))): 1 while the last post is within the cadence, falling linearly to 0 at twice the cadence;"))
        h.raw("</li>\n<li>").text(x.t("keterlibatan (bobot \(d(w.engagement))): rata-rata peringkat persentil unggahan minggu ini di antara unggahan kanalnya sendiri (platform tidak pernah dicampur); tidak dihitung bila tidak ada angka.",
                                      "engagement (weight \(d(w.engagement))): mean percentile of the week's posts among their own channel's posts (platforms never mixed); left out when no numbers exist."))
        h.raw("</li>\n</ul>\n<p class=\"muted\">").text(x.t("Indeks satuan = rata-rata indeks inovasinya. Tingkat keterlibatan = interaksi / tayangan untuk video, / pengikut bila jumlah pengikut kanal diketahui.",
                                                             "A unit's index is the mean of its innovations' indexes. Engagement rate = interactions / views for video, / followers where the channel's followers are known."))
        h.raw("</p>\n</section>\n")
    }

    /// Silent innovations, website-only ones and those Pantau cannot judge, across all units: the
    /// same `InnovationState` the alerts fire on.
    static func attention(_ h: HTMLBuilder, _ r: WeeklyReport, _ x: ReportText) {
        let all = r.units.flatMap { u in u.innovations.map { (u, $0) } }
        let groups: [(String, String, [(UnitWeek, InnovationWeek)])] = [
            ("senyap", x.t("Inovasi senyap (tanpa unggahan publik dalam kadensinya)", "Silent innovations (no public post within their cadence)"),
             all.filter { if case .silent = $0.1.state { true } else { false } }),
            ("hanya-website", x.t("Inovasi hanya di website (tidak di media sosial)", "Innovations on the website only (not on social media)"),
             all.filter { $0.1.state == .websiteOnly }),
            ("belum-ada-data", x.t("Belum ada data / tidak terlihat", "No data yet / not visible"),
             all.filter { $0.1.state == .noData || $0.1.state.key == "not-visible" }),
        ]
        for (id, title, rows) in groups {
            if id == "belum-ada-data", rows.isEmpty { continue }
            h.raw("<section id=\"\(id)\">\n<h2>").text(title).raw(" <span class=\"count\">").text(x.int(rows.count)).raw("</span></h2>\n")
            if rows.isEmpty {
                h.raw("<p class=\"muted\">").text(x.t("Tidak ada.", "None.")).raw("</p>\n</section>\n")
                continue
            }
            h.raw("<div class=\"scroll\"><table>\n<thead><tr><th>").text(x.t("Satuan", "Unit")).raw("</th><th>").text(x.t("Inovasi", "Innovation"))
                .raw("</th><th>").text(x.t("Unggahan terakhir", "Last post")).raw("</th><th>")
                .text(x.t("Terakhir di media sosial", "Last on social media")).raw("</th><th>").text(x.t("Kadensi", "Cadence"))
                .raw("</th></tr></thead>\n<tbody>\n")
            for (u, i) in rows {
                h.raw("<tr data-innovation=\"").text(i.innovation.id).raw("\"><td>").text(u.unit.name).raw("</td><td>").badge(i.state).raw(" ")
                    .text(x.label(i.innovation))
                    .raw("</td><td>").text(x.lastPost(i.lastPost)).raw("</td><td>").text(x.lastPost(i.lastSocialPost)).raw("</td><td>")
                if !i.cadenceKept { h.raw("<strong>").text(x.cadence(i)).raw("</strong>") } else { h.text(x.cadence(i)) }
                h.raw("</td></tr>\n")
            }
            h.raw("</tbody>\n</table></div>\n</section>\n")
        }
    }

    static func unit(_ h: HTMLBuilder, _ u: UnitWeek, _ r: WeeklyReport, _ x: ReportText) {
        h.raw("<section class=\"unit\" id=\"unit-").text(u.unit.id).raw("\">\n<h2>").text(u.unit.name).raw("</h2>\n")
        let t = u.totals
        h.raw("<p class=\"muted\">").text(x.t(
            "\(x.int(t.innovations)) inovasi · \(x.int(t.onSocialMedia)) di media sosial · \(x.int(t.websiteOnly)) hanya website · \(x.int(t.noPublicPost)) tanpa unggahan",
            "\(x.int(t.innovations)) innovations · \(x.int(t.onSocialMedia)) on social media · \(x.int(t.websiteOnly)) website only · \(x.int(t.noPublicPost)) without a post"))
        if let v = u.visibility { h.raw(" · ").text(x.t("indeks visibilitas", "visibility index") + " ").raw("<strong>").text(x.int(v)).raw("</strong>") }
        h.raw("</p>\n")
        if !u.platforms.isEmpty {
            h.raw("<p class=\"muted platforms\">").text(x.t("Yang bisa dilihat Pantau: ", "What Pantau can see: ") + x.platforms(u.platforms)).raw("</p>\n")
        }
        if u.rollup != u.totals {
            let ru = u.rollup
            h.raw("<p class=\"muted\">").text(x.t(
                "Termasuk satuan di bawahnya: \(x.int(ru.innovations)) inovasi, \(x.percent(ru.coveredShare)) punya unggahan publik, \(x.percent(ru.socialShare)) di media sosial",
                "Including the units below: \(x.int(ru.innovations)) innovations, \(x.percent(ru.coveredShare)) with a public post, \(x.percent(ru.socialShare)) on social media"))
            if let v = u.rollupVisibility { h.text(x.t(", indeks \(x.int(v))", ", index \(x.int(v))")) }
            h.raw(".</p>\n")
        }
        guard !u.innovations.isEmpty else {
            h.raw("<p class=\"muted\">").text(x.t("Belum ada inovasi terdaftar.", "No innovation registered.")).raw("</p>\n</section>\n")
            return
        }
        h.raw("<div class=\"scroll\"><table class=\"inv\">\n<thead><tr><th>").text(x.t("Inovasi", "Innovation")).raw("</th><th>").text("Status")
            .raw("</th><th class=\"n\">").text(x.t("Unggahan minggu ini", "Posts this week")).raw("</th><th>")
            .text(x.t("Kanal", "Channels")).raw("</th><th>").text(x.t("Unggahan terakhir", "Last post")).raw("</th><th class=\"n\">")
            .text(x.t("Indeks", "Index")).raw("</th></tr></thead>\n<tbody>\n")
        for i in u.innovations {
            h.raw("<tr class=\"s-\(i.state.key)\" data-innovation=\"").text(i.innovation.id).raw("\"><td>").text(x.label(i.innovation))
                .raw("</td><td>").badge(i.state).raw(" ").text(x.state(i)).raw("</td><td class=\"n\">").text(x.int(i.posts.count)).raw("</td><td>")
                .text(i.channels.isEmpty ? "–" : x.channels(i.channels)).raw("</td><td>").text(x.lastPost(i.lastPost))
            if let d = i.daysSinceLastPost { h.raw(" <span class=\"d\">").text(x.t("(\(x.int(d)) hari)", "(\(x.int(d)) days)")).raw("</span>") }
            if let v = i.visibility {
                h.raw("</td><td class=\"n\" title=\"").text(x.components(v)).raw("\">").text(x.int(v.value)).raw("</td></tr>\n")
            } else {
                h.raw("</td><td class=\"n\">–</td></tr>\n")
            }
        }
        h.raw("</tbody>\n</table></div>\n")
        if (2...40).contains(u.innovations.count), u.totals.posts > 0 {
            let rows = u.innovations.map { (label: x.label($0.innovation), social: $0.socialPosts, other: $0.posts.count - $0.socialPosts) }
            h.raw("<div class=\"chart\">").raw(SVGChart.stackedRows(rows, legend: (x.t("media sosial", "social media"), x.t("website / lainnya", "website / other")),
                                                                    title: x.t("Unggahan per inovasi minggu ini", "Posts per innovation this week"), number: x.int)).raw("</div>\n")
        }
        for i in u.innovations where !i.posts.isEmpty || !x.gain(i.weekGain).isEmpty {
            h.raw("<h3>").text(x.label(i.innovation)).raw("</h3>\n")
            if !i.engagement.isEmpty {
                h.raw("<p class=\"muted\">").text(x.t("Tingkat keterlibatan minggu ini: ", "Engagement rate this week: ") + x.engagementRates(i.engagement)).raw("</p>\n")
            }
            let gained = x.gain(i.weekGain)
            if !gained.isEmpty {
                h.raw("<p class=\"muted\">").text(x.t("Bertambah minggu ini (semua unggahannya, dari snapshot): ",
                                                       "Gained this week (all its posts, from snapshots): ") + gained).raw("</p>\n")
            }
            h.raw("<ul class=\"posts\">\n")
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
        if !e.isEmpty { h.raw(" <span class=\"eng\">").text(e + " (" + x.origin(p.origin) + ")").raw("</span>") }
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
        h.raw("<div class=\"scroll\"><table>\n<thead><tr><th>").text(x.t("Satuan", "Unit")).raw("</th><th>").text(x.t("Kanal", "Channel"))
            .raw("</th><th class=\"n\">").text(x.t("Unggahan minggu ini", "Posts this week")).raw("</th><th>")
            .text(x.t("Unggahan terakhir", "Last post")).raw("</th><th>").text(x.t("Keadaan", "State")).raw("</th><th>")
            .text(x.t("Asal angka", "Numbers from")).raw("</th></tr></thead>\n<tbody>\n")
        for (u, c) in rows {
            h.raw(c.isBroken ? "<tr class=\"broken\">" : "<tr>").raw("<td>").text(u.unit.name).raw("</td><td>")
                .text("\(x.platform(c.source.platform)) · \(c.source.id)").raw("</td><td class=\"n\">").text(x.int(c.posts))
                .raw("</td><td>").text(x.lastPost(c.lastPost)).raw("</td><td>").text((c.isBroken ? "✖ " : "") + x.health(c))
                .raw("</td><td>").text(x.origin(c)).raw("</td></tr>\n")
        }
        h.raw("</tbody>\n</table></div>\n</section>\n")
    }
}

