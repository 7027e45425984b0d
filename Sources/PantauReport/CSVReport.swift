import Foundation
import PantauModel

/// The weekly report as CSV: one row per innovation. Numbers are plain digits (no thousands
/// separator) so a spreadsheet reads them as numbers in any locale; dates are ISO days in the
/// report's zone; headers and status words follow `language`.
public enum CSVReport {
    public static func render(_ r: WeeklyReport, language: Language, separator: CSVSeparator = .comma,
                              bom: Bool = true) -> String {
        let x = ReportText(language: language, zone: r.zone)
        var w = CSVWriter(separator: separator, bom: bom)
        w.row(language == .id
            ? ["minggu", "satuan_id", "satuan", "induk_id", "inovasi_id", "inovasi", "status", "unggahan_minggu_ini",
               "unggahan_media_sosial", "unggahan_website", "kanal", "unggahan_terakhir", "unggahan_media_sosial_terakhir",
               "hari_sejak_unggahan_terakhir", "kadensi_hari", "kadensi_terpenuhi", "indeks_visibilitas"]
            : ["week", "unit_id", "unit", "parent_id", "innovation_id", "innovation", "status", "posts_this_week",
               "social_posts", "website_posts", "channels", "last_post", "last_social_post",
               "days_since_last_post", "cadence_days", "cadence_kept", "visibility_index"])
        for u in r.units {
            for i in u.innovations {
                w.row([
                    r.week.description, u.unit.id, u.unit.name, u.unit.parent ?? "", i.innovation.id, x.label(i.innovation),
                    x.status(i.status), String(i.posts.count), String(i.socialPosts), String(i.websitePosts),
                    i.channels.map { "\($0.sourceID) (\($0.posts))" }.joined(separator: " | "),
                    i.lastPost.map { LocalFormat.isoDay($0, zone: r.zone) } ?? "",
                    i.lastSocialPost.map { LocalFormat.isoDay($0, zone: r.zone) } ?? "",
                    i.daysSinceLastPost.map(String.init) ?? "",
                    String(i.innovation.effectiveCadence / 86_400),
                    i.cadenceKept ? x.t("ya", "yes") : x.t("tidak", "no"),
                    i.visibility.map { String($0.value) } ?? "",
                ])
            }
        }
        return w.out
    }
}
