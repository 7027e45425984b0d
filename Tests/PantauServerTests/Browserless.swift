import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What a browser does, in process: log in through the form (with its CSRF cookie and field), keep
/// the session cookie, read the CSRF token off a page.
struct Session: Sendable {
    let cookie: String

    static func login(_ client: some TestClientProtocol, _ name: String, _ password: String = ServerFixture.password) async throws -> Session? {
        let form = try await client.execute(uri: "/login", method: .get)
        let csrfCookie = try #require(cookies(form)["pantau_login_csrf"])
        let field = try #require(hiddenValue(String(buffer: form.body), "_csrf"))
        let body = "name=\(name)&password=\(password)&_csrf=\(field)&next=%2F"
        let r = try await client.execute(uri: "/login", method: .post,
                                         headers: [.contentType: "application/x-www-form-urlencoded", .cookie: "pantau_login_csrf=\(csrfCookie)"],
                                         body: ByteBuffer(string: body))
        guard r.status == .found, let s = cookies(r)["pantau_session"], !s.isEmpty else { return nil }
        return Session(cookie: "pantau_session=\(s)")
    }

    func get(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
    }

    func post(_ client: some TestClientProtocol, _ uri: String, _ form: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: form))
    }

    /// The CSRF token the session's pages carry in their forms.
    func csrf(_ client: some TestClientProtocol) async throws -> String {
        let page = try await get(client, "/sources")
        return try #require(Self.hiddenValue(String(buffer: page.body), "_csrf"))
    }

    static func cookies(_ r: TestResponse) -> [String: String] {
        var out: [String: String] = [:]
        for line in r.headers[values: .setCookie] {
            let pair = line.split(separator: ";")[0].split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if pair.count == 2 { out[String(pair[0])] = String(pair[1]) }
        }
        return out
    }

    static func hiddenValue(_ html: String, _ name: String) -> String? {
        guard let r = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        return String(html[r.upperBound...].prefix { $0 != "\"" })
    }
}

func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)"] }
