import Foundation
import PantauModel

/// Concrete suggestions for a unit from its week: post on social media what only went to the
/// website, post again what went silent, repair channels Pantau cannot read.
public enum Recommendations {
    public static func make(for u: UnitWeek, zone: TimeZone) -> [Recommendation] {
        var out: [Recommendation] = []
        let working = u.channels.filter { !$0.isBroken }
        var socialNames: [String] = []
        for c in working where c.source.platform.isSocial && !socialNames.contains(c.source.platform.displayName) {
            socialNames.append(c.source.platform.displayName)
        }
        let hasSocial = !socialNames.isEmpty
        let target = hasSocial ? socialNames.joined(separator: "/") : "Instagram/TikTok"
        let hasWebsite = working.contains { $0.source.platform == .website }
        let everywhereID = (hasWebsite ? "website dan " : "") + target
        let everywhereEN = (hasWebsite ? "the website and " : "") + target

        for i in u.innovations where i.status == .noPublicPost && !i.cadenceKept {
            let name = label(i.innovation)
            let cad = i.innovation.effectiveCadence / 86_400
            let text: LocalizedText
            if let last = i.lastPost, let d = i.daysSinceLastPost {
                text = LocalizedText(
                    id: "Inovasi \(name): tidak ada unggahan publik sejak \(LocalFormat.shortDate(last, zone: zone, language: .id)) (\(d) hari; target setiap \(cad) hari) — jadwalkan unggahan di \(everywhereID) minggu ini.",
                    en: "Innovation \(name): no public post since \(LocalFormat.shortDate(last, zone: zone, language: .en)) (\(d) days; expected every \(cad) days) — schedule a post on \(everywhereEN) this week.")
            } else {
                text = LocalizedText(
                    id: "Inovasi \(name): belum ada unggahan publik yang tercatat — unggah kegiatannya ke \(everywhereID).",
                    en: "Innovation \(name): no public post recorded yet — post about it on \(everywhereEN).")
            }
            out.append(Recommendation(kind: .postAgain, innovationID: i.innovation.id, text: text))
        }
        // Not on social media as far as Pantau can see, but it cannot see all of them: renewing
        // access comes first (below), not posting elsewhere.
        for i in u.innovations where i.status == .websiteOnly && i.state.key != "not-visible" {
            let name = label(i.innovation)
            let web = i.posts.count - i.socialPosts
            out.append(Recommendation(kind: .postOnSocialMedia, innovationID: i.innovation.id, text: LocalizedText(
                id: "Inovasi \(name): \(LocalFormat.integer(web, language: .id)) unggahan di website minggu ini, 0 di media sosial — unggah ke \(target).",
                en: "Innovation \(name): \(LocalFormat.integer(web, language: .en)) \(web == 1 ? "post" : "posts") on the website this week, 0 on social media — post it on \(target).")))
        }
        if !hasSocial, !u.innovations.isEmpty {
            out.append(Recommendation(kind: .registerSocialChannel, text: LocalizedText(
                id: "\(u.unit.name) belum punya kanal media sosial yang terbaca di Pantau — daftarkan akun resmi Instagram/TikTok/YouTube di registry.",
                en: "\(u.unit.name) has no readable social-media channel in Pantau — register its official Instagram/TikTok/YouTube accounts in the registry.")))
        }
        for c in u.channels where c.isBroken {
            let s = c.source
            let gone = c.health?.gone ?? false
            if c.health?.quarantinedSince != nil {
                out.append(Recommendation(kind: .fixChannel, sourceID: s.id, text: LocalizedText(
                    id: "Kanal \(s.platform.displayName) \(s.id): isinya \(SourceHealth.quarantineReason.id) — dikarantina; laporkan ke pengelola Pantau.",
                    en: "Channel \(s.platform.displayName) \(s.id): its content \(SourceHealth.quarantineReason.en) — quarantined; tell Pantau's maintainers.")))
                continue
            }
            out.append(Recommendation(kind: .fixChannel, sourceID: s.id, text: LocalizedText(
                id: "Kanal \(s.platform.displayName) \(s.id): " + (gone ? "alamatnya tidak ada lagi — perbarui `url` di registry." : "gagal dibaca \(c.health?.consecutiveFailures ?? 0)× berturut-turut — periksa apakah alamatnya masih benar."),
                en: "Channel \(s.platform.displayName) \(s.id): " + (gone ? "its address is gone — update `url` in the registry." : "failed \(c.health?.consecutiveFailures ?? 0)× in a row — check that its address is still right."))))
        }
        for c in u.channels where !c.isBroken && c.health?.apiState == .tokenExpired {
            let s = c.source
            let hint = c.health?.apiHint.map { " " + $0 } ?? ""
            out.append(Recommendation(kind: .fixChannel, sourceID: s.id, text: LocalizedText(
                id: "Kanal \(s.platform.displayName) \(s.id): token kedaluwarsa, Pantau tidak bisa melihat unggahannya.\(hint)",
                en: "Channel \(s.platform.displayName) \(s.id): the token expired, Pantau cannot see its posts.\(hint)")))
        }
        return out
    }

    static func label(_ i: Innovation) -> String {
        if let a = i.acronym, !a.isEmpty, a != i.name { return "\(i.name) (\(a))" }
        return i.name
    }
}
