import Foundation
import Testing
import PantauTestSupport

/// The browser tool that the page tests rely on sees what a person's browser does: a blocked
/// script, the styles a CSP allows, and a table wider than a phone.
@Suite(.enabled(if: Browser.isAvailable, "needs Debian's chromium and chromium-driver (scripts/setup.sh --test-tools)"))
struct BrowserToolTests {
    func page(_ body: String, csp: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pantau-browser-\(UUID().uuidString).html")
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="\(csp)">
            <title>awal</title><style>p { color: rgb(1, 2, 3) }</style></head><body>\(body)</body></html>
            """
        try html.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func seesABlockedScriptAndTheStylesThePolicyAllows() async throws {
        let url = try page("<p>teks</p><script>document.title = 'dijalankan'</script>",
                           csp: "default-src 'none'; style-src 'unsafe-inline'")
        defer { try? FileManager.default.removeItem(at: url) }
        let seen = try await offPool { try Browser.inspect(url, width: 1280, eval: ["getComputedStyle(document.querySelector('p')).color"]) }
        #expect(seen.title == "awal")
        #expect(seen.csp == "default-src 'none'; style-src 'unsafe-inline'")
        #expect(seen.console.contains { $0.contains("Content Security Policy") })
        #expect(seen.eval == ["rgb(1, 2, 3)"])
    }

    @Test func findsATableWiderThanAPhoneUnlessItsBoxScrolls() async throws {
        let table = "<table style=\"width: 700px\"><tr><td>lebar</td></tr></table>"
        let loose = try page(table, csp: "default-src 'none'; style-src 'unsafe-inline'")
        let boxed = try page("<div style=\"overflow-x: auto\">\(table)</div>", csp: "default-src 'none'; style-src 'unsafe-inline'")
        defer { for u in [loose, boxed] { try? FileManager.default.removeItem(at: u) } }
        let shot = Browser.artifactURL("browser-tool-390.png")
        let wide = try await offPool { try Browser.inspect(loose, width: 390, screenshot: shot) }
        #expect(wide.viewportWidth == 390)
        #expect(wide.overflow.contains { $0.tag == "table" })
        #expect(FileManager.default.fileExists(atPath: shot.path))
        #expect(try await offPool { try Browser.inspect(boxed, width: 390) }.overflow.isEmpty)
    }
}
