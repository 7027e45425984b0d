import Foundation
import PantauModel

/// The words and formats of a report in one language.
struct ReportText {
    let language: Language
    let zone: TimeZone

    func t(_ id: String, _ en: String) -> String { language == .id ? id : en }

    func longDate(_ d: Date) -> String { LocalFormat.longDate(d, zone: zone, language: language) }
    func shortDate(_ d: Date) -> String { LocalFormat.shortDate(d, zone: zone, language: language) }
    func dateTime(_ d: Date) -> String { LocalFormat.dateTime(d, zone: zone, language: language) }
    func int(_ n: Int) -> String { LocalFormat.integer(n, language: language) }
    func percent(_ x: Double) -> String { LocalFormat.percent(x, language: language) }

    var title: String { t("Laporan Visibilitas Inovasi", "Innovation Visibility Report") }

    /// "Minggu 2026-W47"; a week not over when the report was made is marked provisional.
    func weekTitle(_ r: WeeklyReport) -> String {
        let provisional = r.generated < r.weekEnd
        return t("Minggu \(r.week)" + (provisional ? " (sementara: pekan belum selesai)" : ""),
                 "Week \(r.week)" + (provisional ? " (provisional: the week is not over)" : ""))
    }

    /// "Senin, 16 November 2026 – Minggu, 22 November 2026".
    func period(_ r: WeeklyReport) -> String {
        "\(longDate(r.weekStart)) – \(longDate(r.weekEnd.addingTimeInterval(-1)))"
    }

    /// The innovation's state in words, e.g. "Senyap 33 hari (batas 14 hari)".
    func state(_ i: InnovationWeek) -> String {
        let limit = i.innovation.effectiveCadence / 86_400
        switch i.state {
        case .ok: return t("Ada di media sosial", "On social media")
        case .withinCadence: return t("Masih dalam kadensi", "Within its cadence")
        case .websiteOnly: return t("Hanya website, tidak di media sosial", "Website only, not on social media")
        case let .silent(days?): return t("Senyap \(int(days)) hari (batas \(limit) hari)", "Silent for \(int(days)) days (every \(limit) days)")
        case .silent(nil): return t("Belum pernah ada unggahan publik", "Never posted publicly")
        case .noData: return t("Belum ada data: kanal belum pernah dibaca", "No data yet: channels never read")
        case let .notVisible(reason):
            return t("Tidak terlihat: \(reason)", "Not visible: \(ChannelVisibilityRules.blindSpot(reason, in: .en))")
        }
    }

    func status(_ s: WeekStatus) -> String {
        switch s {
        case .onSocialMedia: t("Ada di media sosial", "On social media")
        case .websiteOnly: t("Hanya website, tidak di media sosial", "Website only, not on social media")
        case .noPublicPost: t("Tidak ada unggahan publik", "No public post")
        }
    }

    func label(_ i: Innovation) -> String {
        if let a = i.acronym, !a.isEmpty, a != i.name { return "\(i.name) (\(a))" }
        return i.name
    }

    func platform(_ p: Platform) -> String { p == .other ? t("Lainnya", "Other") : p.displayName }

    /// "3 unggahan" / "3 posts".
    func posts(_ n: Int) -> String { t("\(int(n)) unggahan", n == 1 ? "1 post" : "\(int(n)) posts") }

    /// "terlampaui: 33 hari (batas 14)" / "dalam batas: 11 dari 14 hari" / "belum pernah ada unggahan".
    func cadence(_ i: InnovationWeek) -> String {
        let limit = i.innovation.effectiveCadence / 86_400
        guard let d = i.daysSinceLastPost else { return t("belum pernah ada unggahan (batas \(limit) hari)", "never posted (every \(limit) days)") }
        return i.cadenceKept
            ? t("dalam batas: \(int(d)) dari \(limit) hari", "within: \(int(d)) of \(limit) days")
            : t("terlampaui: \(int(d)) hari (batas \(limit))", "exceeded: \(int(d)) days (every \(limit))")
    }

    /// "cakupan 0,50 · media sosial 0,25 · keteraturan 1,00 · keterlibatan –".
    func components(_ v: VisibilityScore) -> String {
        v.components.map { c in
            let name: String
            switch c.kind {
            case .coverage: name = t("cakupan", "coverage")
            case .social: name = t("media sosial", "social")
            case .regularity: name = t("keteraturan", "regularity")
            case .engagement: name = t("keterlibatan", "engagement")
            }
            return name + " " + (c.value.map { LocalFormat.decimal($0, digits: 2, language: language) } ?? "–")
        }.joined(separator: " · ")
    }

    /// "YouTube 4,1% dari tayangan (2 unggahan) · Instagram 1,2% dari pengikut (1 unggahan)".
    func engagementRates(_ list: [EngagementSummary]) -> String {
        list.map { e in
            let basis = e.basis == .views ? t("dari tayangan", "of views") : t("dari pengikut", "of followers")
            return "\(platform(e.platform)) \(LocalFormat.percent(e.rate, digits: 1, language: language)) \(basis) (\(posts(e.posts)))"
        }.joined(separator: " · ")
    }

    /// "lewat API", "dari feed", "impor CSV": where a post's numbers came from.
    func origin(_ o: NumberOrigin) -> String {
        switch o {
        case .api: t("lewat API", "via API")
        case .feed: t("dari feed/halaman", "from a feed/page")
        case .csvImport: t("impor CSV", "CSV import")
        }
    }

    /// "Website terpantau · Instagram token kedaluwarsa · TikTok tidak terdaftar".
    func platforms(_ views: [PlatformVisibility]) -> String {
        views.map { "\(platform($0.platform)) \($0.visibility.label(language))" }.joined(separator: " · ")
    }

    /// "API, 38.400 pengikut" or "feed": where a channel's numbers come from.
    func origin(_ c: ChannelWeek) -> String {
        let followers = c.health?.followers ?? c.source.followers
        let f = followers.map { ", \(int($0)) " + t("pengikut", "followers") } ?? ""
        return (c.source.kind == .api ? "API" : "feed") + f
    }

    /// "+57 suka · +3 komentar · +1.200 tayangan": the week's growth from the snapshots; empty when none.
    func gain(_ g: Engagement?) -> String {
        guard let g else { return "" }
        return engagement(g).split(separator: " · ").map { "+" + $0 }.joined(separator: " · ")
    }

    func lastPost(_ d: Date?) -> String { d.map(shortDate) ?? t("belum pernah", "never") }

    /// "1.234 tayangan · 56 suka · 7 komentar · 8 bagikan"; empty when nothing is known.
    func engagement(_ e: Engagement) -> String {
        var parts: [String] = []
        if let v = e.views { parts.append("\(int(v)) " + t("tayangan", "views")) }
        if let v = e.likes { parts.append("\(int(v)) " + t("suka", "likes")) }
        if let v = e.comments { parts.append("\(int(v)) " + t("komentar", "comments")) }
        if let v = e.shares { parts.append("\(int(v)) " + t("dibagikan", "shares")) }
        return parts.joined(separator: " · ")
    }

    /// "Website 2, YouTube 1".
    func channels(_ c: [ChannelTally]) -> String {
        var byPlatform: [(Platform, Int)] = []
        for x in c {
            if let i = byPlatform.firstIndex(where: { $0.0 == x.platform }) { byPlatform[i].1 += x.posts } else { byPlatform.append((x.platform, x.posts)) }
        }
        return byPlatform.map { "\(platform($0.0)) \(int($0.1))" }.joined(separator: ", ")
    }

    func health(_ c: ChannelWeek) -> String {
        guard let h = c.health else { return t("belum pernah dirayapi", "never crawled") }
        if h.apiState == .tokenExpired {
            return t("token kedaluwarsa", "token expired") + (h.apiStateSince.map { t(" sejak \(dateTime($0))", " since \(dateTime($0))") } ?? "")
        }
        if h.apiState == .rateLimited { return t("menunggu batas/kuota API", "waiting for the API rate limit or quota") }
        if h.gone { return t("tidak ada lagi", "gone") }
        if let q = h.quarantinedSince {
            return t("dikarantina sejak \(dateTime(q)): ", "quarantined since \(dateTime(q)): ")
                + t(SourceHealth.quarantineReason.id, SourceHealth.quarantineReason.en)
        }
        if h.isBroken { return t("rusak: gagal \(h.consecutiveFailures)× berturut-turut", "broken: failed \(h.consecutiveFailures)× in a row") }
        if h.consecutiveFailures > 0 { return t("gagal \(h.consecutiveFailures)×", "failed \(h.consecutiveFailures)×") }
        return h.lastSuccess.map { t("baik, terakhir \(dateTime($0))", "ok, last \(dateTime($0))") } ?? t("baik", "ok")
    }
}
