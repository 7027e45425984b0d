import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

@Suite struct MarkdownReportTests {
    func report(_ posts: [ObservedPost] = Sample.posts) -> WeeklyReport {
        WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts, health: [], week: Sample.week,
                                        now: Sample.now, zone: Sample.zone))
    }

    @Test func headingAndFlags() {
        let md = MarkdownReport.render(report(), language: .id)
        #expect(md.hasPrefix("# Laporan Visibilitas Inovasi — Minggu 2026-W47\n"))
        #expect(md.contains("Senin, 16 November 2026 – Minggu, 22 November 2026"))
        #expect(md.contains("- **Panic Button** — Polres Tuban; unggahan terakhir: 2 Nov 2026; kadensi terlampaui: 20 hari (batas 14)"))
        #expect(md.contains("| SIM Bhabinkamtibmas \\(SIMBA\\) | ✔ Ada di media sosial | 2 | Instagram 1, Website 1 | 18 Nov 2026 |"))
    }

    @Test func feedTextCannotBreakOut() {
        let evil = Sample.post(60, "tuban-ig", .instagram, Sample.wib(2026, 11, 18), ["simba"],
                               title: "a | b](http://evil)<img src=x>\n# heading", url: "https://ok.example/x(y)")
        let md = MarkdownReport.render(report([evil]), language: .id)
        #expect(md.contains("[a \\| b\\]\\(http://evil\\)\\<img src=x\\> \\# heading](https://ok.example/x%28y%29)"))
        #expect(!md.replacingOccurrences(of: "\\<", with: "").contains("<img"))
    }

    @Test func englishOnRequest() {
        let md = MarkdownReport.render(report(), language: .en)
        #expect(md.hasPrefix("# Innovation Visibility Report — Week 2026-W47\n"))
        #expect(md.contains("1,234 views"))
    }
}

@Suite struct MarkdownRecommendationsTests {
    @Test func recommendationsListed() {
        let r = WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: Sample.posts, health: [], week: Sample.week,
                                                now: Sample.now, zone: Sample.zone))
        let md = MarkdownReport.render(r, language: .id)
        #expect(md.contains("## Rekomendasi\n\n### Polres Tuban\n\n- Inovasi Panic Button: tidak ada unggahan publik sejak 2 Nov 2026"))
    }
}
