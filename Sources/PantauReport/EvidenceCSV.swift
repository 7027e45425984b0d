import Foundation
import PantauModel

/// LKE evidence as CSV: one row per (innovation, post), then a second table of suggested answers.
public enum EvidenceCSV {
    /// Posts: one row per innovation and post, innovations without a post get one empty row so that
    /// they are visible in the sheet. Machine headers, ISO times, `separator` between fields.
    public static func render(_ e: EvidenceReport, language: Language, separator: CSVSeparator = .comma,
                              bom: Bool = true) -> String {
        render(e, language: language, style: .machine(separator), bom: bom)
    }

    /// Each row says where the post came from: crawled by Pantau (with the hash of the archived text
    /// and whether the channel's last crawl still listed it) or imported from a CSV file and line
    /// (no hash, online status unknown).
    public static func render(_ e: EvidenceReport, language: Language, style: CSVStyle, bom: Bool = true) -> String {
        let x = ReportText(language: language, zone: e.zone)
        var w = CSVWriter(separator: style.separator, bom: bom)
        w.row(headers(language, style))
        let n = { (v: Int?) in v.map(String.init) ?? "" }
        for u in e.units {
            for i in u.innovations {
                let head = [u.unit.id, u.unit.name, i.innovation.id, x.label(i.innovation)]
                let width = style.excelDates ? 15 : 14
                if i.posts.isEmpty { w.row(head + Array(repeating: "", count: width)); continue }
                for p in i.posts {
                    var cells = head + [p.sourceID, p.platform.rawValue, p.url ?? "", p.title ?? ""]
                    cells.append(p.published.map { style.moment($0, e.zone) } ?? "")
                    if style.excelDates { cells.append(p.published.map { style.time($0, e.zone) } ?? "") }
                    cells += [style.moment(p.firstSeen, e.zone), style.moment(p.lastSeen, e.zone), online(p.stillOnline, x),
                              origin(p, x, style), n(p.engagement.views), n(p.engagement.likes),
                              n(p.engagement.comments), n(p.engagement.shares), p.textSHA256]
                    w.row(cells)
                }
            }
        }
        return w.out
    }

    static func headers(_ language: Language, _ style: CSVStyle) -> [String] {
        switch (language, style.humanHeaders) {
        case (.id, true):
            ["ID satuan", "Satuan", "ID inovasi", "Inovasi", "Kanal", "Platform", "Tautan", "Judul", "Tanggal terbit",
             "Jam terbit", "Pertama terlihat", "Terakhir terlihat", "Masih daring", "Asal", "Tayangan", "Suka", "Komentar",
             "Dibagikan", "SHA-256 teks"]
        case (.en, true):
            ["Unit ID", "Unit", "Innovation ID", "Innovation", "Channel", "Platform", "Link", "Title", "Published on",
             "Published at", "First seen", "Last seen", "Still online", "Origin", "Views", "Likes", "Comments", "Shares",
             "Text SHA-256"]
        case (.id, false):
            ["satuan_id", "satuan", "inovasi_id", "inovasi", "kanal", "platform", "url", "judul", "terbit", "pertama_terlihat",
             "terakhir_terlihat", "masih_daring", "asal", "tayangan", "suka", "komentar", "dibagikan", "sha256"]
        case (.en, false):
            ["unit_id", "unit", "innovation_id", "innovation", "channel", "platform", "url", "title", "published", "first_seen",
             "last_seen", "still_online", "origin", "views", "likes", "comments", "shares", "sha256"]
        }
    }

    /// "dibaca Pantau" / "impor export.csv baris 12"; for scripts "crawled" / "import:export.csv:12".
    static func origin(_ p: EvidencePost, _ x: ReportText, _ style: CSVStyle) -> String {
        guard let from = p.importedFrom else { return style.humanHeaders ? x.t("dibaca Pantau", "crawled by Pantau") : "crawled" }
        guard style.humanHeaders, let colon = from.lastIndex(of: ":") else { return "import:" + from }
        let file = from[..<colon], line = from[from.index(after: colon)...]
        return x.t("impor \(file) baris \(line)", "imported from \(file) line \(line)")
    }

    /// Suggested answers: one row per unit and LKE item.
    public static func renderAnswers(_ e: EvidenceReport, language: Language, separator: CSVSeparator = .comma,
                                     bom: Bool = true) -> String {
        renderAnswers(e, language: language, style: .machine(separator), bom: bom)
    }

    public static func renderAnswers(_ e: EvidenceReport, language: Language, style: CSVStyle, bom: Bool = true) -> String {
        var w = CSVWriter(separator: style.separator, bom: bom)
        w.row(style.humanHeaders
            ? (language == .id ? ["ID satuan", "Satuan", "Butir LKE", "Saran jawaban", "Alasan"]
                               : ["Unit ID", "Unit", "LKE item", "Suggested answer", "Reason"])
            : (language == .id ? ["satuan_id", "satuan", "butir", "saran_jawaban", "alasan"]
                               : ["unit_id", "unit", "item", "suggested_answer", "reason"]))
        for u in e.units {
            for a in u.answers { w.row([u.unit.id, u.unit.name, a.item.rawValue, a.grade.rawValue, a.reason.text(language)]) }
        }
        return w.out
    }

    static func online(_ v: Bool?, _ x: ReportText) -> String {
        switch v {
        case true?: x.t("ya", "yes")
        case false?: x.t("tidak terlihat lagi", "no longer listed")
        case nil: x.t("tidak diketahui", "unknown")
        }
    }
}
