import Foundation
import PantauModel

/// LKE evidence as one self-contained HTML page: suggested answers per unit, then each innovation's
/// public posts with link, date, engagement, SHA-256 of the stored text and whether it is still
/// listed. Feed text is escaped; only http(s) links are clickable.
public enum EvidenceHTML {
    public static func render(_ e: EvidenceReport, language: Language) -> String {
        let x = ReportText(language: language, zone: e.zone)
        let title = x.t("Bukti Dukung LKE — Visibilitas Inovasi", "LKE Evidence — Innovation Visibility")
        let h = HTMLBuilder()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>").text(title)
            .raw("</title>\n<style>\(HTMLStyle.css) .hash{font-family:monospace;font-size:10px;color:#5f6368;overflow-wrap:anywhere} .grade{font-size:18px;font-weight:700}</style>\n</head>\n<body>\n")
        h.raw("<header>\n<h1>").text(title).raw("</h1>\n<p class=\"period\">").text(x.t("Periode saran jawaban: ", "Period of the suggested answers: ")
            + "\(x.longDate(e.windowStart)) – \(x.longDate(e.generated))").raw("</p>\n<p class=\"scope\">")
            .text(x.t("Saran jawaban dihitung dari unggahan publik yang ditemukan Pantau; keputusan tetap pada penilai.",
                      "Suggested answers are computed from the public posts Pantau found; the assessor decides.")).raw("</p>\n</header>\n")
        for u in e.units {
            h.raw("<section class=\"unit\" id=\"unit-").text(u.unit.id).raw("\">\n<h2>").text(u.unit.name).raw("</h2>\n")
            h.raw("<div class=\"scroll\"><table>\n<thead><tr><th>").text(x.t("Butir LKE", "LKE item")).raw("</th><th>").text(x.t("Saran", "Suggested"))
                .raw("</th><th>").text(x.t("Alasan", "Reason")).raw("</th></tr></thead>\n<tbody>\n")
            for a in u.answers {
                h.raw("<tr><td>").text(a.item.rawValue).raw("</td><td class=\"grade\">").text(a.grade.rawValue).raw("</td><td>")
                    .text(a.reason.text(language)).raw("</td></tr>\n")
            }
            h.raw("</tbody>\n</table></div>\n")
            for i in u.innovations {
                h.raw("<h3>").text(x.label(i.innovation)).raw(" <span class=\"count\">").text(x.posts(i.posts.count)).raw("</span></h3>\n")
                if i.posts.isEmpty {
                    h.raw("<p class=\"muted\">").text(x.t("Tidak ada unggahan publik yang ditemukan.", "No public post found.")).raw("</p>\n")
                    continue
                }
                h.raw("<div class=\"scroll\"><table>\n<thead><tr><th>").text(x.t("Tanggal", "Date")).raw("</th><th>").text(x.t("Kanal", "Channel")).raw("</th><th>")
                    .text(x.t("Unggahan", "Post")).raw("</th><th>").text(x.t("Keterlibatan", "Engagement")).raw("</th><th>")
                    .text(x.t("Pertama terlihat", "First seen")).raw("</th><th>").text(x.t("Masih daring", "Still online")).raw("</th></tr></thead>\n<tbody>\n")
                for p in i.posts {
                    h.raw(p.stillOnline == false ? "<tr class=\"broken\"><td>" : "<tr><td>").text(x.shortDate(p.time)).raw("</td><td>")
                        .text("\(x.platform(p.platform)) · \(p.sourceID)").raw("</td><td>")
                    let text = Escape.clip(p.title.flatMap { $0.isEmpty ? nil : $0 } ?? x.t("(tanpa judul)", "(untitled)"))
                    if let url = Escape.safeURL(p.url) {
                        h.raw("<a href=\"").text(url).raw("\" rel=\"noopener noreferrer\">").text(text).raw("</a><br><span class=\"d\">").text(url).raw("</span>")
                    } else {
                        h.text(text)
                    }
                    if !p.textSHA256.isEmpty { h.raw("<br><span class=\"hash\">SHA-256 ").text(p.textSHA256).raw("</span>") }
                    if p.importedFrom != nil {
                        h.raw("<br><span class=\"d\">").text(EvidenceCSV.origin(p, x, .indonesian)).raw("</span>")
                    }
                    h.raw("</td><td>").text(x.engagement(p.engagement)).raw("</td><td>").text(x.dateTime(p.firstSeen)).raw("</td><td>")
                        .text(EvidenceCSV.online(p.stillOnline, x) + (p.stillOnline == false ? " (\(x.t("terakhir", "last")) \(x.shortDate(p.lastSeen)))" : ""))
                        .raw("</td></tr>\n")
                }
                h.raw("</tbody>\n</table></div>\n")
            }
            h.raw("</section>\n")
        }
        h.raw("<footer>").text(x.t("Dibuat oleh Pantau", "Made by Pantau")).raw(" · ").text(x.dateTime(e.generated)).raw("</footer>\n</body>\n</html>\n")
        return h.out
    }
}
