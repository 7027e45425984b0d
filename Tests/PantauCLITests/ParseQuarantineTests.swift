import Foundation
import Testing

/// Issue 11, point 2: a source whose parse stops the process twice in a row is quarantined, and the
/// other sources go on. The crash is real: the built `pantau` runs with a stand-in parser plug-in
/// (`crawl: { parser_plugin: … }`, the same seam production uses) that traps on one source's content.
@Suite(.serialized) struct ParseQuarantineTests {
    /// A stand-in parser: traps (SIGILL, like a Swift overflow) on content holding the marker; turns
    /// content starting with "PLAIN:" into a JSON Feed of one post; leaves the rest to Pantau.
    static let plugin = """
        #include <stdlib.h>
        #include <string.h>
        char *pantau_parse(const unsigned char *b, size_t n, const char *url) {
            const char *m = "STAND-IN PARSER: STOP HERE";
            size_t k = strlen(m);
            for (size_t i = 0; i + k <= n; i++) if (memcmp(b + i, m, k) == 0) __builtin_trap();
            if (n >= 6 && memcmp(b, "PLAIN:", 6) == 0)
                return strdup("{\\"version\\":\\"https://jsonfeed.org/version/1.1\\",\\"title\\":\\"plain\\",\\"items\\":"
                              "[{\\"id\\":\\"plain-1\\",\\"url\\":\\"https://tuban.example/plain-1\\",\\"title\\":\\"SIMBA dari plug-in\\","
                              "\\"content_text\\":\\"Layanan SIMBA.\\",\\"date_published\\":\\"2026-11-17T09:00:00+07:00\\"}]}");
            return NULL;
        }
        """

    static func feed(_ n: Int, marker: String = "") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Feed \(n)</title><link>https://tuban.example/\(n)/</link>
        <item><title>Layanan SIMBA hari \(n)</title><link>https://tuban.example/\(n)/a</link>
        <pubDate>Tue, 17 Nov 2026 09:00:00 +0700</pubDate><description>Ujian teori SIM. \(marker)</description></item>
        </channel></rss>
        """
    }

    /// Builds the plug-in with the C compiler, or skips when there is none.
    func buildPlugin(in dir: TemporaryDirectory) throws -> String {
        let source = try dir.write("standin.c", Self.plugin)
        let out = dir.path("standin.so")
        for cc in ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"] where FileManager.default.isExecutableFile(atPath: cc) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: cc)
            p.arguments = ["-shared", "-fPIC", "-O1", "-o", out, source]
            try p.run()
            p.waitUntilExit()
            if p.terminationStatus == 0 { return out }
        }
        throw Skip(reason: "no C compiler to build the stand-in parser plug-in")
    }

    struct Skip: Error, CustomStringConvertible { var reason: String; var description: String { reason } }

    func registry(_ dir: TemporaryDirectory, plugin: String) throws -> String {
        var unit = "unit:\n  id: polres-tuban\n  name: Polres Tuban\n  kind: polres\nsources:\n"
        for n in 1...3 {
            try dir.write("reg/good\(n).xml", Self.feed(n))
            unit += "  - id: good\(n)\n    platform: website\n    url: file://\(dir.path("reg/good\(n).xml"))\n"
        }
        try dir.write("reg/poison.xml", Self.feed(9, marker: "STAND-IN PARSER: STOP HERE"))
        try dir.write("reg/plain.txt", "PLAIN: one post for the plug-in\n")
        unit += "  - id: poison\n    platform: website\n    url: file://\(dir.path("reg/poison.xml"))\n"
        unit += "  - id: plain\n    platform: other\n    url: file://\(dir.path("reg/plain.txt"))\n"
        unit += "innovations:\n  - id: polres-tuban-simba\n    name: SIM Bhabinkamtibmas\n    acronym: SIMBA\n"
        try dir.write("reg/polres-tuban.yaml", unit)
        try dir.write("reg/_settings.yaml", "crawl: {robots: false, parser_plugin: \(plugin)}\n")
        return dir.path("reg")
    }

    @Test func twoDeathsQuarantineTheSourceAndTheOthersAreCrawled() async throws {
        let dir = try TemporaryDirectory()
        let plugin: String
        do { plugin = try buildPlugin(in: dir) } catch let s as Skip { print("skipped: \(s.reason)"); return }
        let reg = try registry(dir, plugin: plugin)
        let crawl = ["crawl", "--all", "--json", "--registry", reg, "--db", dir.path("p.sqlite"), "--create"]

        // Twice, the process dies while it reads the poison feed.
        for _ in 1...2 {
            let r = try await runOffPool(crawl, in: dir.url)
            #expect(r.signalled && r.status == SIGILL, "status \(r.status): \(r.stderr.suffix(500))")
        }
        // The next run quarantines it, and crawls every other source.
        let third = try await runOffPool(crawl, in: dir.url)
        #expect(third.status == 0, "\(third.stderr.suffix(800))")
        #expect(third.stderr.contains("source quarantined"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(third.stdout.utf8)) as? [String: Any])
        let errors = summary["errors"] as? [[String: Any]] ?? []
        #expect(errors.map { $0["source"] as? String } == ["poison"])
        #expect((errors.first?["problem"] as? String)?.contains("membuat proses berhenti saat dibaca") == true)
        #expect((summary["totals"] as? [String: Any])?["posts"] as? Int == 4)  // good1-3 and the plug-in's post

        let sources = try await runOffPool(["sources", "--registry", reg, "--db", dir.path("p.sqlite")], in: dir.url)
        let line = try #require(sources.lines.first { $0.hasPrefix("poison ") })
        #expect(line.contains("dikarantina") && line.contains("sejak ") && line.contains("WIB")
                && line.contains("membuat proses berhenti saat dibaca"), "\(line)")
        let alerts = try await runOffPool(["alerts", "--registry", reg, "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(alerts.stdout.contains("dikarantina sejak") && alerts.stdout.contains("membuat proses berhenti saat dibaca"),
                "\(alerts.stdout)")
        let out = dir.path("out")
        let report = try await runOffPool(["report", "--registry", reg, "--db", dir.path("p.sqlite"), "--format", "md",
                                           "--out", out], in: dir.url)
        #expect(report.status == 0, "\(report.stderr)")
        let md = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".md") }
        let text = try String(contentsOfFile: out + "/" + (md.first ?? "missing"), encoding: .utf8)
        #expect(text.contains("dikarantina sejak") && text.contains("membuat proses berhenti saat dibaca"))

        // Quarantined content is left alone; new content is read at once.
        let again = try await runOffPool(crawl, in: dir.url)
        #expect(again.status == 0)
        try dir.write("reg/poison.xml", Self.feed(9))
        let changed = try await runOffPool(crawl, in: dir.url)
        #expect(changed.status == 0, "\(changed.stderr.suffix(500))")
        let after = try await runOffPool(["sources", "--registry", reg, "--db", dir.path("p.sqlite")], in: dir.url)
        #expect(after.lines.first { $0.hasPrefix("poison ") }?.contains("dikarantina") == false)
    }
}

/// Runs `pantau` on its own thread: the test waits seconds for it (crash backtraces included) and
/// must not hold one of the few threads every other test's tasks run on.
func runOffPool(_ arguments: [String], in directory: URL) async throws -> PantauBinary.Result {
    try await withCheckedThrowingContinuation { c in
        Thread { c.resume(with: Result { try PantauBinary.run(arguments, in: directory) }) }.start()
    }
}
