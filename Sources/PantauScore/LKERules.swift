import Foundation
import PantauModel

/// The suggested answers for LKE items PP ii.b, PP ii.f and MP ii.c (see `EvidenceBuilder`).
enum LKERules {
    static func inWindow(_ e: [InnovationEvidence], _ start: Date) -> [EvidencePost] {
        e.flatMap { $0.posts.filter { $0.time >= start } }
    }

    /// `blindSpot`: the unit's social platforms Pantau cannot see, in words; then "not on social
    /// media" is not said, because Pantau does not know.
    static func ppIIb(_ e: [InnovationEvidence], windowStart: Date, blindSpot: String? = nil) -> LKEAnswer {
        let posts = inWindow(e, windowStart)
        let web = posts.filter { $0.platform == .website }.count
        let socialPosts = posts.filter { $0.platform.isSocial }
        var platforms: [String] = []
        for p in socialPosts where !platforms.contains(p.platform.displayName) { platforms.append(p.platform.displayName) }
        let named = platforms.joined(separator: ", ")
        if web > 0, !socialPosts.isEmpty {
            return LKEAnswer(item: .ppIIb, grade: .a, reason: LocalizedText(
                id: "Informasi inovasi daring di website (\(web) unggahan) dan media sosial (\(socialPosts.count) unggahan: \(named)). Keterhubungan dengan SIPPN tidak terlihat oleh Pantau: A bila terhubung ke SIPPN, B bila tidak.",
                en: "Innovation information is online on the website (\(web) posts) and social media (\(socialPosts.count) posts: \(named)). Pantau cannot see the SIPPN link: A when linked to SIPPN, B otherwise."))
        }
        if web > 0, socialPosts.isEmpty, let blind = blindSpot {
            return LKEAnswer(item: .ppIIb, grade: .b, reason: LocalizedText(
                id: "Informasi inovasi daring di website (\(web) unggahan). Media sosial tidak bisa dilihat Pantau (\(blind)): periksa sendiri; A bila juga ada di media sosial dan terhubung ke SIPPN.",
                en: "Innovation information is online on the website (\(web) posts). Pantau cannot see social media (\(ChannelVisibilityRules.blindSpot(blind, in: .en))): check by hand; A when it is also on social media and linked to SIPPN."))
        }
        if web > 0 || !socialPosts.isEmpty {
            let idWhere = web > 0 ? "hanya di website (\(web) unggahan), tidak di media sosial" : "hanya di media sosial (\(socialPosts.count) unggahan: \(named)), tidak di website"
            let enWhere = web > 0 ? "only on the website (\(web) posts), not on social media" : "only on social media (\(socialPosts.count) posts: \(named)), not on the website"
            return LKEAnswer(item: .ppIIb, grade: .b, reason: LocalizedText(
                id: "Informasi inovasi daring \(idWhere).", en: "Innovation information is online \(enWhere)."))
        }
        return LKEAnswer(item: .ppIIb, grade: .c, reason: LocalizedText(
            id: "Tidak ditemukan informasi inovasi daring dalam periode ini: C bila informasi hanya tersedia di lokasi pelayanan, D bila sulit diakses.",
            en: "No online innovation information found in this period: C when the information is only at the service point, D when it is hard to reach."))
    }

    static func ppIIf(_ e: [InnovationEvidence], windowStart: Date) -> LKEAnswer {
        let n = e.count
        let documented = e.filter { $0.posts.contains { $0.time >= windowStart } }
        let k = documented.count
        let missing = e.filter { i in !documented.contains { $0.innovation.id == i.innovation.id } }.map(\.innovation.name)
        let grade: LKEGrade = n == 0 || k == 0 ? .d : k == n ? .a : 2 * k >= n ? .b : .c
        let idMissing = missing.isEmpty ? "" : " Tanpa unggahan: \(missing.joined(separator: ", "))."
        let enMissing = missing.isEmpty ? "" : " Without a post: \(missing.joined(separator: ", "))."
        return LKEAnswer(item: .ppIIf, grade: grade, reason: n == 0
            ? LocalizedText(id: "Belum ada inovasi terdaftar.", en: "No innovation registered.")
            : LocalizedText(id: "\(k) dari \(n) inovasi terdaftar punya unggahan publik sebagai dokumentasi.\(idMissing)",
                            en: "\(k) of \(n) registered innovations have a public post as documentation.\(enMissing)"))
    }

    static func mpIIc(_ e: [InnovationEvidence], from start: Date, now: Date, zone: TimeZone) -> LKEAnswer {
        let period: TimeInterval = 30 * 86_400
        let periods = max(1, Int((now.timeIntervalSince(start) / period).rounded(.up)))
        guard !e.isEmpty else {
            return LKEAnswer(item: .mpIIc, grade: .d, reason: LocalizedText(id: "Belum ada inovasi terdaftar.", en: "No innovation registered."))
        }
        var shares: [Double] = []
        for i in e {
            var hit = Set<Int>()
            for p in i.posts where p.time >= start && p.time <= now {
                hit.insert(min(periods - 1, Int(now.timeIntervalSince(p.time) / period)))
            }
            shares.append(Double(hit.count) / Double(periods))
        }
        let mean = shares.reduce(0, +) / Double(shares.count)
        let grade: LKEGrade = mean >= 0.75 ? .a : mean >= 0.5 ? .b : mean >= 0.25 ? .c : .d
        let pctID = LocalFormat.percent(mean, language: .id), pctEN = LocalFormat.percent(mean, language: .en)
        let days = max(0, Int(now.timeIntervalSince(start) / 86_400))
        let shortID = periods < 3 ? " Data baru mencakup \(days) hari: saran ini belum kuat, ulangi setelah 3 bulan." : ""
        let shortEN = periods < 3 ? " The data covers only \(days) days: a weak suggestion, repeat after 3 months." : ""
        let fromID = LocalFormat.shortDate(start, zone: zone, language: .id), fromEN = LocalFormat.shortDate(start, zone: zone, language: .en)
        return LKEAnswer(item: .mpIIc, grade: grade, reason: LocalizedText(
            id: "Rata-rata inovasi disosialisasikan di media pada \(pctID) dari \(periods) periode 30 hari sejak unggahan tercatat pertama (\(fromID)).\(shortID)",
            en: "On average an innovation was socialised through media in \(pctEN) of \(periods) 30-day periods since the first recorded post (\(fromEN)).\(shortEN)"))
    }
}
