import Foundation
import PantauModel
import PantauScore
import PantauReport
import PantauTestSupport
import Testing

/// Issue 11, point 7: every HTML page Pantau writes carries a policy that lets nothing run or load,
/// checked in a real browser (Debian's headless chromium): the policy is there, the page's own
/// inline styles and SVG charts still apply, the layout holds, and a script slipped into the page
/// (as if escaping had failed) does not run.
@Suite(.enabled(if: Browser.isAvailable, "needs Debian's chromium and chromium-driver (scripts/setup.sh --test-tools)"))
struct ContentSecurityPolicyTests {
    func pages() -> [(name: String, html: String)] {
        var evil = Sample.post(90, "tuban-ig", .instagram, Sample.wib(2026, 11, 18), ["simba"],
                               title: "<script>document.title='dijalankan'</script>", url: "javascript:alert(1)")
        evil.lastSeen = Sample.wib(2026, 11, 18)
        let posts = Sample.posts + [evil]
        let weekly = WeeklyBuilder.build(WeeklyInput(registry: Sample.registry, posts: posts,
                                                     health: [SourceHealth(sourceID: "tuban-yt", consecutiveFailures: 3)],
                                                     week: Sample.week, now: Sample.now, zone: Sample.zone))
        let evidence = EvidenceBuilder.build(registry: Sample.registry, posts: posts, health: [], now: Sample.now, zone: Sample.zone)
        return [("report-id", HTMLReport.render(weekly, language: .id)), ("report-en", HTMLReport.render(weekly, language: .en)),
                ("evidence", EvidenceHTML.render(evidence, language: .id))]
    }

    func write(_ html: String, _ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-csp-\(name)-\(UUID().uuidString).html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func everyPageCarriesThePolicyAndStillLooksRight() async throws {
        for (name, html) in pages() {
            #expect(html.contains(ContentSecurityPolicy.meta), "\(name)")
            let url = try write(html, name)
            defer { try? FileManager.default.removeItem(at: url) }
            let seen = try await offPool { try Browser.inspect(url, width: 1280, screenshot: Browser.artifactURL("csp-\(name)-1280.png"),
                                           eval: ["getComputedStyle(document.querySelector('h1')).color",
                                                  "getComputedStyle(document.body).maxWidth"]) }
            #expect(seen.csp == ContentSecurityPolicy.value, "\(name)")
            // The page's own inline style sheet applies (h1 in #0b3d91, body at most 1100px wide) …
            #expect(seen.eval == ["rgb(11, 61, 145)", "1100px"], "\(name)")
            // … and nothing of the page itself is refused by the policy.
            #expect(!seen.console.contains { $0.contains("Content Security Policy") }, "\(name): \(seen.console)")
            #expect(seen.overflow.isEmpty, "\(name): \(seen.overflow.map(\.tag))")
            #expect(seen.title != "dijalankan")
            if name.hasPrefix("report") {
                #expect(!seen.svgs.isEmpty && seen.svgs.allSatisfy { $0.width > 0 && $0.height > 0 }, "\(name)")
            }
        }
    }

    @Test func aScriptThatSlipsInDoesNotRun() async throws {
        for (name, html) in pages() {
            let injected = html.replacingOccurrences(of: "</body>", with: """
                <script>document.title = 'dijalankan'</script><img src="https://tracker.example/p.png" alt="">
                <p id="inline" onclick="x()" style="color: rgb(1, 2, 3)">.</p></body>
                """)
            let url = try write(injected, name + "-injected")
            defer { try? FileManager.default.removeItem(at: url) }
            let seen = try await offPool { try Browser.inspect(url, width: 1280, eval: ["getComputedStyle(document.getElementById('inline')).color"]) }
            #expect(seen.title != "dijalankan", "\(name): the script ran")
            #expect(seen.console.contains { $0.contains("Content Security Policy") }, "\(name): \(seen.console)")
            #expect(seen.eval == ["rgb(1, 2, 3)"])  // inline style attributes are allowed
        }
    }
}
