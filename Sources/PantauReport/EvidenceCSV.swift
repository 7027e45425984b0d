import Foundation
import PantauModel

/// LKE evidence as CSV: one row per (innovation, post), then a second table of suggested answers.
public enum EvidenceCSV {
    /// Posts: one row per innovation and post, innovations without a post get one empty row so that
    /// they are visible in the sheet.
    public static func render(_ e: EvidenceReport, language: Language, separator: CSVSeparator = .comma,
                              bom: Bool = true) -> String {
        let x = ReportText(language: language, zone: e.zone)
        var w = CSVWriter(separator: separator, bom: bom)
        w.row(language == .id
            ? ["satuan_id", "satuan", "inovasi_id", "inovasi", "kanal", "platform", "url", "judul", "terbit", "pertama_terlihat",
               "terakhir_terlihat", "masih_daring", "tayangan", "suka", "komentar", "dibagikan", "sha256"]
            : ["unit_id", "unit", "innovation_id", "innovation", "channel", "platform", "url", "title", "published", "first_seen",
               "last_seen", "still_online", "views", "likes", "comments", "shares", "sha256"])
        let t = { (d: Date) in LocalFormat.isoTime(d, zone: e.zone) }
        let n = { (v: Int?) in v.map(String.init) ?? "" }
        for u in e.units {
            for i in u.innovations {
                let head = [u.unit.id, u.unit.name, i.innovation.id, x.label(i.innovation)]
                if i.posts.isEmpty { w.row(head + Array(repeating: "", count: 13)); continue }
                for p in i.posts {
                    w.row(head + [
                        p.sourceID, p.platform.rawValue, p.url ?? "", p.title ?? "", p.published.map(t) ?? "", t(p.firstSeen),
                        t(p.lastSeen), online(p.stillOnline, x), n(p.engagement.views), n(p.engagement.likes),
                        n(p.engagement.comments), n(p.engagement.shares), p.textSHA256,
                    ])
                }
            }
        }
        return w.out
    }

    /// Suggested answers: one row per unit and LKE item.
    public static func renderAnswers(_ e: EvidenceReport, language: Language, separator: CSVSeparator = .comma,
                                     bom: Bool = true) -> String {
        var w = CSVWriter(separator: separator, bom: bom)
        w.row(language == .id ? ["satuan_id", "satuan", "butir", "saran_jawaban", "alasan"] : ["unit_id", "unit", "item", "suggested_answer", "reason"])
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
