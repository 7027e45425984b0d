import Foundation
import Testing
import PantauModel
import PantauScore
@testable import PantauReport
import PantauTestSupport

/// The weekly report in a real browser (Debian's headless chromium) on a desktop and on a phone:
/// nothing spills out of the page (wide tables scroll inside their own box) and chart labels keep a
/// readable size. Screenshots are kept as artifacts.
@Suite(.enabled(if: Browser.isAvailable, "needs Debian's chromium and chromium-driver (scripts/setup.sh --test-tools)"))
struct ReportLayoutBrowserTests {
    /// The sample week, with long names and titles that make every table wider than a phone.
    func report() -> WeeklyReport {
        var registry = Sample.registry
        registry.units[0].name = "Kepolisian Resor Tuban Polda Jawa Timur Wilayah Hukum Pantai Utara"
        registry.innovations[0].name = "Sistem Informasi Manajemen Bhabinkamtibmas Terpadu Berbasis Desa dan Kelurahan"
        var posts = Sample.posts
        posts.append(Sample.post(90, "tuban-ig", .instagram, Sample.wib(2026, 11, 19), ["simba"],
                                 title: "Sosialisasi_SIMBA_di_Kecamatan_Jenu_Kabupaten_Tuban_bersama_Bhabinkamtibmas_dan_warga_desa",
                                 url: "https://www.instagram.example/p/" + String(repeating: "AbCdEf0123", count: 8)))
        return WeeklyBuilder.build(WeeklyInput(registry: registry, posts: posts,
                                               health: registry.sources.map { SourceHealth(sourceID: $0.id, lastSuccess: Sample.now) },
                                               week: Sample.week, now: Sample.now, zone: Sample.zone))
    }

    @Test(arguments: [1280, 390])
    func nothingOverflowsAndChartLabelsStayReadable(width: Int) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-report-\(UUID().uuidString).html")
        try HTMLReport.render(report(), language: .id).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let shot = Browser.artifactURL("report-\(width).png")
        let seen = try Browser.inspect(file, width: width, screenshot: shot,
                                       eval: ["document.querySelectorAll('.scroll').length",
                                              "Math.max(...[...document.querySelectorAll('.scroll')].map(e => e.scrollWidth - e.clientWidth))"])
        #expect(seen.viewportWidth == width)
        #expect(seen.overflow.isEmpty, "outside any scrolling box at \(width) px: \(seen.overflow.map { "\($0.tag).\($0.cls ?? "") \($0.text.prefix(40))" })")
        #expect(seen.scrollWidth <= width, "the page scrolls sideways at \(width) px (\(seen.scrollWidth) px wide)")
        #expect(seen.console.isEmpty, "\(seen.console)")
        #expect(!seen.svgs.isEmpty)
        for svg in seen.svgs {
            let smallest = try #require(svg.minTextHeight)
            #expect(smallest >= 9, "a chart label \(smallest) px high at \(width) px")
        }
        #expect(Int(seen.eval[0]) ?? 0 >= 4, "tables are not in scrolling boxes")
        if width == 390 { #expect(Int(seen.eval[1]) ?? 0 > 0, "no table was wider than the phone: the test proves nothing") }
        #expect(FileManager.default.fileExists(atPath: shot.path))
    }
}
