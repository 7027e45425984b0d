import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

@Suite struct HTMLReportTests {
    func report(_ posts: [ObservedPost] = Sample.posts) -> WeeklyReport {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts,
                                        health: [SourceHealth(sourceID: "tuban-yt", lastError: "HTTP 404", consecutiveFailures: 3)],
                                        week: Sample.week, now: Sample.now, zone: Sample.zone))
    }

    @Test func indonesianByDefaultWithJakartaDates() {
        let html = HTMLReport.render(report(), language: .id)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"id\">"))
        #expect(html.contains("Laporan Visibilitas Inovasi"))
        #expect(html.contains("Senin, 16 November 2026 – Minggu, 22 November 2026"))
        #expect(html.contains("1.234 tayangan"))
        #expect(html.contains("Inovasi senyap (tanpa unggahan publik dalam kadensinya)"))
    }

    @Test func englishOnRequest() {
        let html = HTMLReport.render(report(), language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Monday, 16 November 2026 – Sunday, 22 November 2026"))
        #expect(html.contains("1,234 views"))
        #expect(!html.contains("Senin"))
    }

    @Test func flagsSilentAndWebsiteOnlyInnovations() throws {
        // Every channel readable: what Pantau did not see is silence.
        let read = Sample.now.addingTimeInterval(-3_600)
        let healthy = Sample.registry.sources.map { SourceHealth(sourceID: $0.id, lastSuccess: read, lastAttempt: read) }
        let html = HTMLReport.render(WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: healthy,
                                                                     week: Sample.week, now: Sample.now, zone: Sample.zone)),
                                     language: .id)
        let silent = try #require(section(html, "senyap"))
        #expect(silent.contains("Panic Button"))
        #expect(!silent.contains("SIMBA"))
        let webOnly = try #require(section(html, "hanya-website"))
        #expect(webOnly.contains("Taman Lalu Lintas"))
        #expect(webOnly.contains("Si Pandu"))
        #expect(!webOnly.contains("Panic Button"))
        #expect(!webOnly.contains("SIMBA"))
        // Last post shown for the silent one.
        #expect(silent.contains("2 Nov 2026"))
    }

    @Test func aBrokenSocialChannelMakesSilenceUnknown() throws {
        // Polres Tuban's YouTube is broken: Panic Button may be there, so it is "not visible", not silent.
        let html = HTMLReport.render(report(), language: .id)
        #expect(!(section(html, "senyap") ?? "").contains("Panic Button"))
        #expect(html.contains("Tidak terlihat: YouTube: rusak"))
        #expect(HTMLReport.render(report(), language: .en).contains("Not visible: YouTube: broken"))
        #expect(html.contains("Yang bisa dilihat Pantau: Website belum dibaca · Instagram belum dibaca · Facebook tidak terdaftar · TikTok tidak terdaftar · YouTube rusak"))
    }

    @Test func brokenChannelShownApart() throws {
        let html = HTMLReport.render(report(), language: .id)
        let health = try #require(section(html, "kanal"))
        #expect(health.contains("<tr class=\"broken\">"))
        #expect(health.contains("tuban-yt"))
        #expect(health.contains("rusak"))
    }

    @Test func feedTextIsEscaped() {
        let evil = Sample.post(50, "tuban-ig", .instagram, Sample.wib(2026, 11, 18), ["simba"],
                               title: "<script>alert(1)</script> & \"quote\"", url: "javascript:alert(1)")
        let odd = Sample.post(51, "tuban-ig", .instagram, Sample.wib(2026, 11, 18), ["simba"],
                              title: "ok", url: "https://x.example/a\"onmouseover=\"alert(1)")
        let html = HTMLReport.render(report([evil, odd]), language: .id)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("\"onmouseover"))
        #expect(html.contains("href=\"https://x.example/a&quot;onmouseover=&quot;alert(1)\""))
    }

    @Test func registryTextIsEscapedToo() {
        var reg = Sample.registry
        reg.units[0].name = "Polres <b>Tuban</b>"
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: [], health: [], week: Sample.week, now: Sample.now))
        let html = HTMLReport.render(r, language: .id)
        #expect(!html.contains("<b>Tuban"))
        #expect(html.contains("Polres &lt;b&gt;Tuban&lt;/b&gt;"))
    }

    @Test func selfContained() {
        let html = HTMLReport.render(report(), language: .id)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("@media print"))
    }

    /// The text of `<section id="…">` up to its end.
    func section(_ html: String, _ id: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
        let rest = html[start.upperBound...]
        guard let end = rest.range(of: "</section>") else { return nil }
        return String(rest[..<end.lowerBound])
    }
}

@Suite struct HTMLReportSectionsTests {
    let html = HTMLReport.render(WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [],
                                                                 week: Sample.week, now: Sample.now, zone: Sample.zone)), language: .id)

    @Test func chartsAreInlineSVG() {
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("aria-label=\"Tren unggahan\""))
        #expect(html.contains("aria-label=\"Sebaran kanal\""))
        #expect(html.contains(">W40</text>"))
        #expect(html.contains(">W47</text>"))
    }

    @Test func recommendationsAndIndexFormula() {
        #expect(html.contains("Inovasi Si Pandu: 2 unggahan di website minggu ini, 0 di media sosial — unggah ke Instagram/TikTok."))
        #expect(html.contains("<section id=\"indeks\">"))
        #expect(html.contains("bobot 0,35"))
    }

    @Test func rollUpShownForParents() {
        #expect(html.contains("Termasuk satuan di bawahnya: 3 inovasi, 67% punya unggahan publik, 33% di media sosial"))
    }
}

@Suite struct HTMLOverviewTests {
    @Test func unitsOverviewIndentedWithRollUp() throws {
        let html = HTMLReport.render(WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [],
                                                                     week: Sample.week, now: Sample.now, zone: Sample.zone)), language: .id)
        let start = try #require(html.range(of: "<section id=\"satuan\">"))
        let overview = html[start.upperBound...].prefix(while: { _ in true })
        #expect(overview.contains("<td style=\"padding-left:8px\"><a href=\"#unit-polda-jatim\">Polda Jawa Timur</a></td><td class=\"n\">3</td><td class=\"n\">67%</td><td class=\"n\">33%</td><td class=\"n\">1</td>"))
        #expect(overview.contains("<td style=\"padding-left:44px\"><a href=\"#unit-polsek-senori\">Polsek Senori</a>"))
    }
}

@Suite struct HTMLCadenceColumnTests {
    @Test func silentTableSaysWhetherTheCadenceIsExceeded() throws {
        let posts = Sample.posts + [Sample.post(77, "buleleng-web", .website, Sample.wib(2026, 11, 12), ["sipandu"], unit: "polres-buleleng")]
        var reg = Sample.registry
        reg.innovations[3].cadence = 30 * 86_400
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: Array(posts.filter { $0.id != 5 && $0.id != 6 }), health: [],
                                                week: Sample.week, now: Sample.now, zone: Sample.zone))
        let html = HTMLReport.render(r, language: .id)
        #expect(html.contains("<strong>terlampaui: 20 hari (batas 14)</strong>"))
        #expect(html.contains("dalam batas: 10 dari 30 hari"))
    }
}

@Suite struct HTMLExplainTests {
    @Test func indexCellExplainsItselfAndEngagementIsShownPerPlatform() {
        var reg = Sample.registry
        reg.sources[1].followers = 1_000   // tuban-ig
        let r = WeeklyBuilder.build(WeeklyInput(registry: reg, posts: Sample.posts, health: [], week: Sample.week,
                                                now: Sample.now, zone: Sample.zone))
        let html = HTMLReport.render(r, language: .id)
        #expect(html.contains("title=\"cakupan 0,13 · media sosial 0,13 · keteraturan 0,53 · keterlibatan –\">24<"))
        #expect(html.contains("Tingkat keterlibatan minggu ini: Instagram 5,6% dari pengikut (1 unggahan)"))
    }
}
