import Foundation
import PantauModel

/// The weekly report as CSV: one row per innovation. Counts are plain digits (no thousands
/// separator); the index parts (0…1) use a decimal comma with `;` (as Excel on an Indonesian
/// machine reads them) and a decimal point with `,`; dates are ISO days in the report's zone;
/// headers and status words follow `language`.
public enum CSVReport {
    public static func render(_ r: WeeklyReport, language: Language, separator: CSVSeparator = .comma,
                              bom: Bool = true) -> String {
        render(r, language: language, style: .machine(separator), bom: bom)
    }

    /// With `CSVStyle.indonesian`: `;`, decimal comma, `DD/MM/YYYY` dates, headers for people.
    public static func render(_ r: WeeklyReport, language: Language, style: CSVStyle, bom: Bool = true) -> String {
        let x = ReportText(language: language, zone: r.zone)
        var w = CSVWriter(separator: style.separator, bom: bom)
        w.row(style.humanHeaders ? humanHeaders(language) : language == .id
            ? ["minggu", "satuan_id", "satuan", "induk_id", "inovasi_id", "inovasi", "status", "unggahan_minggu_ini",
               "unggahan_media_sosial", "unggahan_website", "kanal", "unggahan_terakhir", "unggahan_media_sosial_terakhir",
               "hari_sejak_unggahan_terakhir", "kadensi_hari", "kadensi_terpenuhi", "indeks_visibilitas",
               "bagian_cakupan", "bagian_media_sosial", "bagian_keteraturan", "bagian_keterlibatan", "asal_angka",
               "tidak_terlihat"]
            : ["week", "unit_id", "unit", "parent_id", "innovation_id", "innovation", "status", "posts_this_week",
               "social_posts", "website_posts", "channels", "last_post", "last_social_post",
               "days_since_last_post", "cadence_days", "cadence_kept", "visibility_index",
               "part_coverage", "part_social", "part_regularity", "part_engagement", "numbers_from",
               "not_visible"])
        let decimals = style.decimals
        for u in r.units {
            for i in u.innovations {
                let lastPost: String = i.lastPost.map { style.day($0, r.zone) } ?? ""
                let lastSocial: String = i.lastSocialPost.map { style.day($0, r.zone) } ?? ""
                let channels: String = i.channels.map { "\($0.sourceID) (\($0.posts))" }.joined(separator: " | ")
                var cells: [String] = [r.week.description, u.unit.id, u.unit.name, u.unit.parent ?? "", i.innovation.id]
                cells += [x.label(i.innovation), x.status(i.status), String(i.posts.count), String(i.socialPosts)]
                cells += [String(i.websitePosts), channels, lastPost, lastSocial]
                cells.append(i.daysSinceLastPost.map(String.init) ?? "")
                cells.append(String(i.innovation.effectiveCadence / 86_400))
                cells.append(i.cadenceKept ? x.t("ya", "yes") : x.t("tidak", "no"))
                cells.append(i.visibility.map { String($0.value) } ?? "")
                // Index parts 0…1: decimal comma with `;` (Indonesian Excel), decimal point with `,`.
                for kind in ScoreComponent.Kind.allCases {
                    let v = i.visibility?.components.first { $0.kind == kind }?.value
                    cells.append(v.map { LocalFormat.decimal($0, digits: 2, language: decimals) } ?? "")
                }
                // Where this week's numbers came from (api | feed | csv-import), and what Pantau cannot see.
                cells.append(NumberOrigin.allCases.filter { o in i.posts.contains { $0.origin == o } }.map(\.rawValue)
                    .joined(separator: " | "))
                if case let .notVisible(reason) = i.state {
                    cells.append(ChannelVisibilityRules.blindSpot(reason, in: language))
                } else {
                    cells.append("")
                }
                w.row(cells)
            }
        }
        return w.out
    }

    static func humanHeaders(_ language: Language) -> [String] {
        language == .id
            ? ["Minggu", "ID satuan", "Satuan", "ID induk", "ID inovasi", "Inovasi", "Status", "Unggahan minggu ini",
               "Unggahan media sosial", "Unggahan website", "Kanal", "Unggahan terakhir", "Unggahan media sosial terakhir",
               "Hari sejak unggahan terakhir", "Kadensi (hari)", "Kadensi terpenuhi", "Indeks visibilitas",
               "Bagian cakupan", "Bagian media sosial", "Bagian keteraturan", "Bagian keterlibatan", "Asal angka",
               "Tidak terlihat"]
            : ["Week", "Unit ID", "Unit", "Parent ID", "Innovation ID", "Innovation", "Status", "Posts this week",
               "Social posts", "Website posts", "Channels", "Last post", "Last social post",
               "Days since last post", "Cadence (days)", "Cadence kept", "Visibility index",
               "Coverage part", "Social part", "Regularity part", "Engagement part", "Numbers from",
               "Not visible"]
    }
}
