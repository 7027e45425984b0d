import Foundation
import PantauModel

/// Renders the weekly report as Markdown (GitHub-flavoured tables). Feed text is escaped so a title
/// cannot open a link, a table cell or raw HTML.
public enum MarkdownReport {
    public static func render(_ r: WeeklyReport, language: Language) -> String {
        let x = ReportText(language: language, zone: r.zone)
        var o = ""
        o += "# \(x.title) — \(x.weekTitle(r))\n\n"
        o += "\(x.period(r))\n\n"
        summary(r, x, into: &o)
        stateLists(r, x, into: &o)
        recommendations(r, x, language, into: &o)
        for u in r.units { unit(u, x, into: &o) }
        channelHealth(r, x, into: &o)
        o += "\n---\n\(x.t("Dibuat oleh Pantau", "Made by Pantau")) · \(x.dateTime(r.generated))\n"
        return o
    }

    /// The summary table: units, innovations by state, posts, broken channels.
    static func summary(_ r: WeeklyReport, _ x: ReportText, into o: inout String) {
        let t = r.totals
        o += "## \(x.t("Ringkasan", "Summary"))\n\n"
        o += "| \(x.t("Ukuran", "Measure")) | \(x.t("Jumlah", "Count")) |\n|---|---:|\n"
        let rows: [(String, Int)] = [
            (x.t("Satuan", "Units"), r.units.count),
            (x.t("Inovasi", "Innovations"), t.innovations),
            (x.t("Ada di media sosial", "On social media"), stateCount(r, "ok")),
            (x.t("Masih dalam kadensi", "Within cadence"), stateCount(r, "within-cadence")),
            (x.t("Hanya website", "Website only"), stateCount(r, "website-only")),
            (x.t("Senyap (kadensi terlampaui)", "Silent (cadence exceeded)"), stateCount(r, "silent")),
            (x.t("Belum ada data / tidak terlihat", "No data / not visible"), stateCount(r, "no-data") + stateCount(r, "not-visible")),
            (x.t("Unggahan inovasi", "Innovation posts"), t.posts),
            (x.t("Unggahan di media sosial", "Posts on social media"), t.socialPosts),
            (x.t("Unggahan di website", "Posts on websites"), t.websitePosts),
            (x.t("Kanal rusak", "Broken channels"), t.brokenChannels),
        ]
        for (label, n) in rows { o += "| \(label) | \(x.int(n)) |\n" }
        o += "\n"
    }

    /// Silent and website-only innovations, the same judgement the alerts fire on (`InnovationState`).
    static func stateLists(_ r: WeeklyReport, _ x: ReportText, into o: inout String) {
        for key in ["silent", "website-only"] {
            let list = r.units.flatMap { u in u.innovations.filter { $0.state.key == key }.map { (u, $0) } }
            o += key == "silent"
                ? "## \(x.t("Inovasi senyap (tanpa unggahan publik dalam kadensinya)", "Silent innovations (no public post within their cadence)")) (\(x.int(list.count)))\n\n"
                : "## \(x.t("Inovasi hanya di website", "Innovations on the website only")) (\(x.int(list.count)))\n\n"
            if list.isEmpty { o += "\(x.t("Tidak ada.", "None."))\n\n"; continue }
            for (u, i) in list {
                o += "- **\(md(x.label(i.innovation)))** — \(md(u.unit.name)); \(x.t("unggahan terakhir", "last post")): \(x.lastPost(i.lastPost)); \(x.t("kadensi", "cadence")) \(x.cadence(i))\n"
            }
            o += "\n"
        }
    }

    /// The recommendations, unit by unit.
    static func recommendations(_ r: WeeklyReport, _ x: ReportText, _ language: Language, into o: inout String) {
        let withRecs = r.units.filter { !$0.recommendations.isEmpty }
        o += "## \(x.t("Rekomendasi", "Recommendations"))\n\n"
        if withRecs.isEmpty { o += "\(x.t("Tidak ada.", "None."))\n\n" }
        for u in withRecs {
            o += "### \(md(u.unit.name))\n\n"
            for rec in u.recommendations { o += "- \(md(rec.text.text(language)))\n" }
            o += "\n"
        }
    }

    /// One unit: what Pantau can see, its innovations' table and each innovation's posts.
    static func unit(_ u: UnitWeek, _ x: ReportText, into o: inout String) {
        o += "## \(md(u.unit.name))\n\n"
        if !u.platforms.isEmpty { o += "\(x.t("Yang bisa dilihat Pantau", "What Pantau can see")): \(x.platforms(u.platforms))\n\n" }
        if let v = u.visibility { o += "\(x.t("Indeks visibilitas", "Visibility index")): **\(x.int(v))**\n\n" }
        guard !u.innovations.isEmpty else { o += "\(x.t("Belum ada inovasi terdaftar.", "No innovation registered."))\n\n"; return }
        o += "| \(x.t("Inovasi", "Innovation")) | Status | \(x.t("Unggahan minggu ini", "Posts this week")) | \(x.t("Kanal", "Channels")) | \(x.t("Unggahan terakhir", "Last post")) |\n"
        o += "|---|---|---:|---|---|\n"
        for i in u.innovations {
            o += "| \(md(x.label(i.innovation))) | \(mark(i.state)) \(x.state(i)) | \(x.int(i.posts.count)) | \(i.channels.isEmpty ? "–" : x.channels(i.channels)) | \(x.lastPost(i.lastPost)) |\n"
        }
        o += "\n"
        for i in u.innovations where !i.posts.isEmpty {
            o += "### \(md(x.label(i.innovation)))\n\n"
            let gained = x.gain(i.weekGain)
            if !gained.isEmpty { o += "\(x.t("Bertambah minggu ini (dari snapshot)", "Gained this week (from snapshots)")): \(gained)\n\n" }
            for p in i.posts {
                let title = md(Escape.clip(p.title.flatMap { $0.isEmpty ? nil : $0 } ?? x.t("(tanpa judul)", "(untitled)")))
                let linked = Escape.safeURL(p.url).map { "[\(title)](\(Escape.markdownURL($0)))" } ?? title
                let e = x.engagement(p.engagement)
                o += "- \(x.platform(p.platform)) · \(x.shortDate(p.time)) · \(linked)\(e.isEmpty ? "" : " · \(e) (\(x.origin(p.origin)))")\n"
            }
            o += "\n"
        }
    }

    /// The channel health table.
    static func channelHealth(_ r: WeeklyReport, _ x: ReportText, into o: inout String) {
        o += "## \(x.t("Kesehatan kanal", "Channel health"))\n\n"
        let channels = r.units.flatMap { u in u.channels.map { (u, $0) } }
        if channels.isEmpty {
            o += "\(x.t("Tidak ada kanal terdaftar.", "No channel registered."))\n"
        } else {
            o += "| \(x.t("Satuan", "Unit")) | \(x.t("Kanal", "Channel")) | \(x.t("Unggahan minggu ini", "Posts this week")) | \(x.t("Unggahan terakhir", "Last post")) | \(x.t("Keadaan", "State")) | \(x.t("Asal angka", "Numbers from")) |\n|---|---|---:|---|---|---|\n"
            for (u, c) in channels {
                o += "| \(md(u.unit.name)) | \(x.platform(c.source.platform)) · \(md(c.source.id)) | \(x.int(c.posts)) | \(x.lastPost(c.lastPost)) | \(c.isBroken ? "✖ " : "")\(md(x.health(c))) | \(md(x.origin(c))) |\n"
            }
        }
    }

    static func md(_ s: String) -> String { Escape.markdown(s) }

    static func mark(_ s: InnovationState) -> String {
        switch s {
        case .ok: "✔"
        case .withinCadence: "○"
        case .websiteOnly: "⚠"
        case .silent: "✖"
        case .noData, .notVisible: "?"
        }
    }

    static func stateCount(_ r: WeeklyReport, _ key: String) -> Int {
        r.units.reduce(0) { $0 + $1.innovations.filter { $0.state.key == key }.count }
    }
}
