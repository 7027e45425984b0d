import Foundation
import Hummingbird
import HummingbirdTesting
@testable import PantauServer
import Testing

/// Logins, cookies, CSRF, tokens and the login rate limit, as a browser and a script meet them.
@Suite(.serialized) struct AuthTests {
    @Test func withoutLoginPagesGoToTheLoginFormAndTheAPISays401() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let page = try await client.execute(uri: "/unit/polres-tuban", method: .get)
            #expect(page.status == .found)
            #expect(page.headers[.location]?.hasPrefix("/login?next=") == true)
            let api = try await client.execute(uri: "/api/v1/units", method: .get)
            #expect(api.status == .unauthorized)
            #expect(try await client.execute(uri: "/api/v1/units", method: .get, headers: bearer("pantau_not-a-token")).status == .unauthorized)
        }
    }

    @Test func sessionCookieIsHttpOnlyAndSameSiteStrictAndSecureUnderTLS() async throws {
        for secure in [false, true] {
            let f = try await ServerFixture.make(config: ServerConfig(secureCookies: secure))
            defer { f.remove() }
            try await f.test { client in
                let form = try await client.execute(uri: "/login", method: .get)
                let csrf = try #require(Session.cookies(form)["pantau_login_csrf"])
                let field = try #require(Session.hiddenValue(String(buffer: form.body), "_csrf"))
                let r = try await client.execute(
                    uri: "/login", method: .post,
                    headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "pantau_login_csrf=\(csrf)"],
                    body: ByteBuffer(string: "name=tuban&password=\(ServerFixture.password)&_csrf=\(field)"))
                let line = try #require(r.headers[values: .setCookie].first { $0.hasPrefix("pantau_session=") })
                #expect(line.contains("HttpOnly"))
                #expect(line.contains("SameSite=Strict"))
                #expect(line.contains("Secure") == secure, "\(line)")
            }
        }
    }

    @Test func wrongPasswordIsRefusedAndRepeatedFailuresAreRateLimited() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            for _ in 0..<5 { #expect(try await Session.login(client, "tuban", "salah-salah-salah") == nil) }
            // The sixth try is refused before the password is even checked, right or wrong.
            let form = try await client.execute(uri: "/login", method: .get)
            let csrf = try #require(Session.cookies(form)["pantau_login_csrf"])
            let field = try #require(Session.hiddenValue(String(buffer: form.body), "_csrf"))
            let r = try await client.execute(
                uri: "/login", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "pantau_login_csrf=\(csrf)"],
                body: ByteBuffer(string: "name=tuban&password=\(ServerFixture.password)&_csrf=\(field)"))
            #expect(r.status == .tooManyRequests)
            #expect(String(buffer: r.body).contains("Terlalu banyak percobaan"))
            // Another account from elsewhere is not locked out by it… but this client shares the address.
            #expect(try await Session.login(client, "gresik") == nil, "the same address is limited too")
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban-editor"))
            #expect(try await s.post(client, "/sources/tuban-web/crawl", "").status == .forbidden)
            #expect(try await s.post(client, "/sources/tuban-web/crawl", "_csrf=forged").status == .forbidden)
            #expect(try await s.post(client, "/logout", "").status == .forbidden)
            // The login form too: a field without its cookie is refused.
            let r = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: "name=tuban&password=\(ServerFixture.password)&_csrf=abc"))
            #expect(r.status == .forbidden)
        }
        let due = try await f.workspace.sourceHealth().first { $0.sourceID == "tuban-web" }?.nextDue
        #expect(due == nil, "no refused form changed anything")
    }

    @Test func logoutEndsTheSession() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        try await f.test { client in
            let s = try #require(try await Session.login(client, "tuban"))
            let token = try await s.csrf(client)
            #expect(try await s.post(client, "/logout", "_csrf=\(token)").status == .found)
            #expect(try await s.get(client, "/unit/polres-tuban").status == .found, "the old cookie no longer opens pages")
        }
    }

    @Test func loginOnlyRedirectsInsideTheDashboard() {
        #expect(Dashboard.safeNext("/unit/polres-tuban") == "/unit/polres-tuban")
        #expect(Dashboard.safeNext("//evil.example/") == "/")
        #expect(Dashboard.safeNext("https://evil.example/") == "/")
    }

    @Test func userAddRefusesUnknownUnitsShortPasswordsAndUnitlessViewers() async throws {
        let f = try await ServerFixture.make()
        defer { f.remove() }
        await #expect(throws: AccountError.self) {
            try await AccountAdmin.add(f.workspace, name: "x", unitID: "polres-nowhere", role: .viewer, password: "panjang-sekali-1", cost: 4)
        }
        await #expect(throws: AccountError.self) {
            try await AccountAdmin.add(f.workspace, name: "x", unitID: "polres-tuban", role: .viewer, password: "pendek", cost: 4)
        }
        await #expect(throws: AccountError.self) {
            try await AccountAdmin.add(f.workspace, name: "x", unitID: nil, role: .editor, password: "panjang-sekali-1", cost: 4)
        }
        await #expect(throws: AccountError.self) { try await AccountAdmin.newToken(f.workspace, name: "nobody") }
    }
}
