import Foundation
import Hummingbird
import HummingbirdTesting
import PantauTestSupport
import Testing

/// The dashboard in a real browser (Debian's chromium over WebDriver, `Tests/browser/dashboard_walk.py`):
/// log in, open each page kind, follow a post to its evidence, be refused another Polres's unit page
/// and API data, have a form without its CSRF token refused. Screenshots are kept as artifacts
/// (`$PANTAU_ARTIFACTS` or `.build/artifacts/screenshots/dashboard/`).
@Suite(.serialized) struct BrowserWalkTests {
    struct Walk: Decodable {
        struct Step: Decodable {
            let ok: Bool
            let detail: String
        }
        let steps: [String: Step]
        let screenshots: [String]
    }

    static let expectedSteps = [
        "redirected_to_login", "login_lands_on_requested_unit", "overview", "unit_grid", "unit_links_innovation",
        "innovation_evidence", "sources_page", "alerts_page", "report_page", "english", "other_unit_forbidden",
        "other_unit_api_forbidden", "form_without_csrf_refused", "walk_completed",
    ]

    @Test(.enabled(if: Browser.isAvailable, "\(Browser.unavailableReason ?? "")"))
    func editorOfAPolresWalksTheDashboard() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let out = Browser.artifactURL("dashboard")
        let app = Application(router: f.dashboard.router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let data = try await Browser.runScript("dashboard_walk.py", [
                "http://127.0.0.1:\(port)", "tuban-editor", ServerFixture.password, out.path,
                "--own", "polres-tuban", "--other", "polres-gresik", "--source", "tuban-web",
            ])
            let walk = try JSONDecoder().decode(Walk.self, from: data)
            for name in Self.expectedSteps {
                let step = try #require(walk.steps[name], "step \(name) did not run: \(walk.steps)")
                #expect(step.ok, "\(name): \(step.detail)")
            }
            #expect(walk.screenshots == ["01-login.png", "02-overview.png", "03-unit.png", "04-innovation.png", "05-sources.png",
                                         "06-alerts.png", "07-report.png", "08-forbidden.png", "09-csrf-refused.png"])
            for name in walk.screenshots {
                let size = (try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? 0
                #expect(size > 5_000, "\(name) is a real screenshot")
            }
        }
        let due = try await f.workspace.sourceHealth().first { $0.sourceID == "tuban-web" }?.nextDue
        #expect(due == nil, "the form without a CSRF token changed nothing")
    }
}
