import Foundation
import Testing

/// A new user's first steps: a fresh database, a mistyped `--db`, the demo beside a real unit.
@Suite struct FirstRunTests {
    static let demoRegistry = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../feeds/demo").standardizedFileURL

    /// A registry with one real unit whose website is a local feed file, and a webhook that would
    /// record a failed delivery in the history if anything were sent.
    static func realUnit(_ dir: TemporaryDirectory, webhook: Bool = false) throws {
        try dir.write("feeds/_settings.yaml", "language: id\n" + (webhook ? """
            alerts:
              - kind: webhook
                url: http://127.0.0.1:9/hook
            """ : ""))
        try dir.write("feeds/polres-nyata.yaml", """
            unit:
              id: polres-nyata
              name: Polres Nyata
              kind: polres
            sources:
              - id: polres-nyata-web
                platform: website
                url: nyata/web.xml
            innovations:
              - id: polres-nyata-lapor
                name: Lapor Cepat
                hashtags: [LaporCepat]
                cadence: 7d
            """)
        try dir.write("feeds/nyata/web.xml", """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Polres Nyata</title>
            <item><title>#LaporCepat melayani warga</title><link>https://nyata.example/1</link>
            <pubDate>Wed, 18 Nov 2026 09:00:00 +0700</pubDate><description>Lapor Cepat.</description></item>
            </channel></rss>
            """)
    }

    @Test func freshDatabaseSaysNoDataAndSendsNothing() throws {
        let dir = try TemporaryDirectory()
        try Self.realUnit(dir, webhook: true)
        for args in [["alerts"], ["alerts", "--notify"], ["report", "--format", "html,csv"]] {
            let r = try PantauBinary.run(args, in: dir.url)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.contains("Belum ada data: jalankan `pantau crawl`"), "\(args): \(r.stdout)")
            #expect(!r.stdout.contains("kritis"), "\(args)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.url.path)
        #expect(!files.contains { $0.hasPrefix("report-") }, "a report was written without data: \(files)")
        let history = try PantauBinary.run(["alerts", "--history", "--json"], in: dir.url)
        #expect(history.stdout.filter { !$0.isWhitespace } == "[]", "something was sent: \(history.stdout)")
        // After a crawl the same innovation is judged on what was read: one website post, no social one.
        let crawl = try PantauBinary.run(["crawl"], in: dir.url)
        #expect(crawl.status == 0, "\(crawl.stderr)")
        #expect(crawl.stdout.contains("Membaca 1 sumber"), "\(crawl.stdout)")
        let alerts = try PantauBinary.run(["alerts", "--now", "2026-11-20"], in: dir.url)
        #expect(alerts.stdout.contains("1 peringatan:") && alerts.stdout.contains("hanya diunggah di website"), "\(alerts.stdout)")
    }

    @Test func mistypedDatabaseIsAnErrorNotANewFile() throws {
        let dir = try TemporaryDirectory()
        try Self.realUnit(dir)
        let r = try PantauBinary.run(["alerts", "--db", "pantua.sqlite"], in: dir.url)
        #expect(r.status != 0)
        #expect(r.stderr.contains("pantua.sqlite") && r.stderr.contains("--create"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("pantua.sqlite")))
        let folder = try PantauBinary.run(["crawl", "--db", "data/baru.sqlite", "--create"], in: dir.url)
        #expect(folder.status != 0)
        #expect(folder.stderr.contains("Folder") && folder.stderr.contains("data"), "\(folder.stderr)")
        let created = try PantauBinary.run(["crawl", "--db", "baru.sqlite", "--create"], in: dir.url)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.path("baru.sqlite")))
    }

    @Test func demoAndARealUnitNeverMix() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("feeds"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.demoRegistry, to: dir.url.appendingPathComponent("feeds/demo"))
        let demo = try PantauBinary.run(["demo"], in: dir.url)
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("report-2026-W47.html"), "\(demo.stdout)")
        #expect(FileManager.default.fileExists(atPath: dir.path("demo.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: dir.path("pantau.sqlite")), "the demo wrote the real database")

        try Self.realUnit(dir)
        let crawl = try PantauBinary.run(["crawl"], in: dir.url)
        #expect(crawl.status == 0, "\(crawl.stderr)")
        // The real database holds the one real post and nothing of the demo's 96.
        #expect(crawl.stdout.contains("Basis data: 1 unggahan"), "\(crawl.stdout)")
        let real = try PantauBinary.run(["report", "--format", "json", "--week", "2026-W47", "--now", "2026-11-30",
                                         "--out", "real"], in: dir.url)
        #expect(real.status == 0, "\(real.stderr)")
        let realJSON = try String(contentsOfFile: dir.path("real/report-2026-W47.json"), encoding: .utf8)
        #expect(realJSON.contains("polres-nyata"))
        for demoUnit in ["polres-tuban", "polres-banyuwangi", "polresta-pontianak", "polda-kalsel"] {
            #expect(!realJSON.contains(demoUnit), "demo unit \(demoUnit) in the real report")
        }
        // The demo's report (its own registry and database, its own week by default) has no real unit.
        let demoReport = try PantauBinary.run(["report", "--registry", "feeds/demo", "--format", "json", "--out", "demo"],
                                              in: dir.url)
        #expect(demoReport.status == 0, "\(demoReport.stderr)")
        let demoJSON = try String(contentsOfFile: dir.path("demo/report-2026-W47.json"), encoding: .utf8)
        #expect(demoJSON.contains("polres-tuban") && !demoJSON.contains("polres-nyata"))
    }

    @Test func futureWeekIsRefusedAndTheCurrentOneIsProvisional() throws {
        let dir = try TemporaryDirectory()
        try Self.realUnit(dir)
        #expect(try PantauBinary.run(["crawl"], in: dir.url).status == 0)
        let future = try PantauBinary.run(["report", "--week", "2026-W50", "--now", "2026-11-20"], in: dir.url)
        #expect(future.status != 0)
        #expect(future.stderr.contains("belum dimulai"), "\(future.stderr)")
        let current = try PantauBinary.run(["report", "--week", "2026-W47", "--now", "2026-11-20", "--format", "md"], in: dir.url)
        #expect(current.status == 0, "\(current.stderr)")
        #expect(current.stdout.contains("sementara"), "\(current.stdout)")
        let md = try String(contentsOfFile: dir.path("report-2026-W47.md"), encoding: .utf8)
        #expect(md.contains("sementara"))
    }
}

@Suite struct SourcesTableTests {
    @Test func alignedIndonesianTableWithWIBTimes() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        let before = try PantauBinary.run(["sources"], in: dir.url)
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.lines.first?.hasPrefix("Sumber") == true)
        // Two tables: the channels' health, then per unit and platform what Pantau can see.
        func blocks(_ r: PantauBinary.Result) -> [[String]] {
            r.stdout.components(separatedBy: "\n\n").map { $0.split(separator: "\n").map(String.init) }
        }
        #expect(blocks(before)[0].last?.contains("belum dibaca") == true, "\(before.stdout)")
        #expect(try PantauBinary.run(["crawl"], in: dir.url).status == 0)
        let after = try PantauBinary.run(["sources"], in: dir.url)
        let lines = blocks(after)[0]
        #expect(lines.count == 2)
        let visibility = blocks(after).count > 1 ? blocks(after)[1] : []
        #expect(visibility.first?.hasPrefix("Unit") == true && visibility.contains { $0.contains("Website") && $0.contains("terpantau") },
                "\(after.stdout)")
        #expect(visibility.contains { $0.contains("Instagram") && $0.contains("tidak terdaftar") }, "\(after.stdout)")
        // Columns line up: each header starts where its cells start.
        let header = lines[0], row = lines[1]
        for title in ["Keadaan", "Terakhir berhasil", "Berikutnya"] {
            let at = try #require(header.range(of: title)).lowerBound.utf16Offset(in: header)
            #expect(row.utf16.count > at && Array(row.utf16)[at - 1] == 32 && Array(row.utf16)[at] != 32, "\(title): \(after.stdout)")
        }
        #expect(row.contains(" WIB"), "\(row)")
        #expect(row.range(of: #"\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4} \d{2}\.\d{2} WIB"#, options: .regularExpression) != nil, "\(row)")
        #expect(!after.stdout.contains("T") || !after.stdout.contains("+07:00"), "ISO timestamps: \(after.stdout)")
    }
}

@Suite struct FetchErrorWordsTests {
    /// A host that does not exist (`.invalid` never resolves) is a DNS problem, not "robots.txt unavailable".
    @Test func unresolvableHostIsNamedAsDNS() throws {
        let dir = try TemporaryDirectory()
        try dir.write("feeds/polres-x.yaml", """
            unit:
              id: polres-x
              name: Polres X
            sources:
              - id: polres-x-web
                platform: website
                url: https://tidak-ada.invalid/feed/
            """)
        let r = try PantauBinary.run(["crawl"], in: dir.url)
        #expect(r.stdout.contains("polres-x-web: DNS: cannot resolve host tidak-ada.invalid"), "\(r.stdout)")
        #expect(!r.stdout.contains("robots.txt"), "\(r.stdout)")
    }

    @Test func strayUnitFileIsWarnedAbout() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        try dir.write("feeds/polsek-anak.yaml.txt", "unit:\n  id: polsek-anak\n  name: Polsek Anak\n  parent: polres-nyata\n")
        let r = try PantauBinary.run(["sources"], in: dir.url)
        #expect(r.stderr.contains("feeds/polsek-anak.yaml.txt tampak seperti berkas unit tetapi tidak dibaca; ganti namanya menjadi polsek-anak.yaml"),
                "\(r.stderr)")
    }
}

@Suite struct ErrorLanguageTests {
    @Test func errorsFollowTheRegistryLanguageAndLang() throws {
        let dir = try TemporaryDirectory()
        try FirstRunTests.realUnit(dir)
        #expect(try PantauBinary.run(["crawl"], in: dir.url).status == 0)
        let id = try PantauBinary.run(["report", "--unit", "polres-salah"], in: dir.url)
        #expect(id.status != 0)
        #expect(id.stderr.contains("Tidak ada satuan dengan id \"polres-salah\" di registry."), "\(id.stderr)")
        let en = try PantauBinary.run(["report", "--unit", "polres-salah", "--lang", "en"], in: dir.url)
        #expect(en.stderr.contains("no unit with id \"polres-salah\""), "\(en.stderr)")
        let now = try PantauBinary.run(["alerts", "--now", "kemarin"], in: dir.url)
        #expect(now.stderr.contains("bukan tanggal"), "\(now.stderr)")
    }
}
