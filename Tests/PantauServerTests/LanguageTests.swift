import Foundation
import Hummingbird
import HummingbirdTesting
import PantauModel
import PantauPipeline
import PantauServer
import Testing

/// Each person keeps the dashboard in their own language: chosen on the page (a form with the CSRF
/// token) or by `pantau user add --lang`, kept with the account, overridden for one page by `?lang=`.
@Suite(.serialized) struct LanguageTests {
    @Test func anAccountsChosenLanguageIsKeptAcrossPagesAndSessions() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban"))
            #expect(String(buffer: try await s.get(client, "/").body).contains("<html lang=\"id\">"), "the registry's language first")
            let csrf = try await s.csrf(client)
            let chosen = try await s.post(client, "/account/language", "_csrf=\(csrf)&language=en&next=%2Funit%2Fpolres-tuban")
            #expect(chosen.status == .seeOther)
            #expect(chosen.headers[.location] == "/unit/polres-tuban", "back to the page it was chosen on")
            let unit = String(buffer: try await s.get(client, "/unit/polres-tuban").body)
            #expect(unit.contains("<html lang=\"en\">"))
            #expect(unit.contains("href=\"/innovation/tuban-simba\""), "no ?lang= needed on links")
            #expect(String(buffer: try await s.get(client, "/?lang=id").body).contains("<html lang=\"id\">"), "?lang= wins for a page")
            let again = try #require(try await Session.login(client, "tuban"))
            #expect(String(buffer: try await again.get(client, "/alerts").body).contains("<html lang=\"en\">"), "kept with the account")
            let other = try #require(try await Session.login(client, "gresik"))
            #expect(String(buffer: try await other.get(client, "/").body).contains("<html lang=\"id\">"), "only that account's")
        }
        #expect(try await f.workspace.accounts.account(named: "tuban")?.language == .en)
    }

    @Test func choosingALanguageNeedsTheFormsTokenAndAKnownLanguage() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban"))
            #expect(try await s.post(client, "/account/language", "language=en").status == .forbidden, "no CSRF token")
            let csrf = try await s.csrf(client)
            #expect(try await s.post(client, "/account/language", "_csrf=\(csrf)&language=fr").status == .badRequest)
            let away = try await s.post(client, "/account/language", "_csrf=\(csrf)&language=en&next=https%3A%2F%2Fevil.example%2F")
            #expect(away.headers[.location] == "/", "never sent off the dashboard")
        }
        #expect(try await f.workspace.accounts.account(named: "tuban")?.language == .en)
    }
}
