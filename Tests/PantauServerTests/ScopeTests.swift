import Foundation
import Hummingbird
import HummingbirdTesting
import PantauServer
import Testing

/// A unit's account sees its unit and the units below it, never a sibling or the unit above;
/// an admin sees all. Checked on pages and on the API, for each role and direction.
@Suite(.serialized) struct ScopeTests {
    @Test func viewerOfAPolresSeesItselfAndBelowButNotItsSiblingOrParent() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban"))
            #expect(try await s.get(client, "/unit/polres-tuban").status == .ok)
            #expect(try await s.get(client, "/unit/polsek-senori").status == .ok, "below: allowed")
            #expect(try await s.get(client, "/unit/polres-gresik").status == .forbidden, "sibling Polres: refused")
            #expect(try await s.get(client, "/unit/polda-jatim").status == .forbidden, "the Polda above: refused")
            #expect(try await s.get(client, "/innovation/gresik-sigap").status == .forbidden)
            #expect(try await s.get(client, "/innovation/senori-ngopi").status == .ok)
            #expect(try await s.get(client, "/report?unit=polres-gresik").status == .forbidden)
            #expect(try await s.get(client, "/evidence?unit=polres-gresik&format=csv").status == .forbidden)
            #expect(try await s.get(client, "/sources?unit=polres-gresik").status == .forbidden)
            let overview = String(buffer: try await s.get(client, "/").body)
            #expect(overview.contains("Polres Tuban") && overview.contains("Polsek Senori"))
            #expect(!overview.contains("Polres Gresik") && !overview.contains("Polda Jawa Timur"))
            let sources = String(buffer: try await s.get(client, "/sources").body)
            #expect(sources.contains("tuban-web") && !sources.contains("gresik-web"))
        }
    }

    @Test func apiOfAPolresViewerRefusesAnotherPolresAndListsOnlyItsOwnPosts() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let token = try await AccountAdmin.newToken(f.workspace, name: "tuban")
        try await f.test { client in
            for uri in ["/api/v1/units/polres-gresik", "/api/v1/posts?unit=polres-gresik", "/api/v1/posts?innovation=gresik-sigap",
                        "/api/v1/sources?unit=polres-gresik", "/api/v1/innovations?unit=polres-gresik", "/api/v1/report?unit=polres-gresik",
                        "/api/v1/units/polda-jatim"] {
                let r = try await client.execute(uri: uri, method: .get, headers: bearer(token))
                #expect(r.status == .forbidden, "\(uri)")
                #expect(String(buffer: r.body).contains("outside this account's units"), "\(uri)")
            }
            let posts = try await client.execute(uri: "/api/v1/posts", method: .get, headers: bearer(token))
            #expect(posts.status == .ok)
            let body = String(buffer: posts.body)
            #expect(body.contains("tuban.example") && body.contains("senori.example"))
            #expect(!body.contains("gresik.example"), "another Polres's posts never reach this account")
            let units = String(buffer: try await client.execute(uri: "/api/v1/units", method: .get, headers: bearer(token)).body)
            #expect(units.contains("polres-tuban") && units.contains("polsek-senori") && !units.contains("polres-gresik"))
            let alerts = String(buffer: try await client.execute(uri: "/api/v1/alerts", method: .get, headers: bearer(token)).body)
            #expect(!alerts.contains("polres-gresik"))
        }
    }

    @Test func gresikViewerCannotSeeTuban() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let token = try await AccountAdmin.newToken(f.workspace, name: "gresik")
        try await f.test { client in
            let s = try #require(try await Session.login(client, "gresik"))
            #expect(try await s.get(client, "/unit/polres-gresik").status == .ok)
            #expect(try await s.get(client, "/unit/polres-tuban").status == .forbidden)
            #expect(try await s.get(client, "/unit/polsek-senori").status == .forbidden)
            #expect(try await client.execute(uri: "/api/v1/units/polres-tuban", method: .get, headers: bearer(token)).status == .forbidden)
            #expect(try await client.execute(uri: "/api/v1/posts?unit=polsek-senori", method: .get, headers: bearer(token)).status == .forbidden)
        }
    }

    @Test func poldaViewerSeesEveryUnitBelowIt() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "polda"))
            for unit in ["polda-jatim", "polres-tuban", "polsek-senori", "polres-gresik"] {
                #expect(try await s.get(client, "/unit/\(unit)").status == .ok, "\(unit)")
            }
        }
    }

    @Test func polsekViewerCannotSeeThePolresAboveIt() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "senori"))
            #expect(try await s.get(client, "/unit/polsek-senori").status == .ok)
            #expect(try await s.get(client, "/unit/polres-tuban").status == .forbidden)
            #expect(try await s.get(client, "/innovation/tuban-simba").status == .forbidden)
        }
    }

    @Test func adminSeesEveryUnitOnPagesAndAPI() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        let token = try await AccountAdmin.newToken(f.workspace, name: "admin")
        try await f.test { client in
            let s = try #require(try await Session.login(client, "admin"))
            for unit in ["polda-jatim", "polres-tuban", "polsek-senori", "polres-gresik"] {
                #expect(try await s.get(client, "/unit/\(unit)").status == .ok, "\(unit)")
                #expect(try await client.execute(uri: "/api/v1/units/\(unit)", method: .get, headers: bearer(token)).status == .ok)
            }
            let posts = String(buffer: try await client.execute(uri: "/api/v1/posts", method: .get, headers: bearer(token)).body)
            #expect(posts.contains("gresik.example") && posts.contains("tuban.example"))
        }
    }

    @Test func onlyEditorsOfTheUnitMayAskForACrawl() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let editor = try #require(try await Session.login(client, "tuban-editor"))
            let token = try await editor.csrf(client)
            let ok = try await editor.post(client, "/sources/tuban-web/crawl", "_csrf=\(token)")
            #expect(ok.status == .found)
            #expect(try await editor.post(client, "/sources/gresik-web/crawl", "_csrf=\(token)").status == .forbidden)
            let viewer = try #require(try await Session.login(client, "tuban"))
            let vtoken = try await viewer.csrf(client)
            #expect(try await viewer.post(client, "/sources/tuban-web/crawl", "_csrf=\(vtoken)").status == .forbidden)
        }
        let due = try await f.workspace.sourceHealth().first { $0.sourceID == "tuban-web" }?.nextDue
        #expect(due.map { $0 <= Date() } == true, "the editor's request made the source due")
    }
}
