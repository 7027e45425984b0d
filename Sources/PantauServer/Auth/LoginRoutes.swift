import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// `/login` (form and check) and `/logout`. The login form is protected by a double-submit CSRF
    /// token (a cookie and a hidden field that must agree); logins are rate-limited per name and address.
    func addLogin(to router: Router<DashboardContext>) {
        router.get("login") { request, context in
            loginPage(PageContext(request, context), next: request.uri.queryParameters.get("next"), error: nil)
        }
        router.post("login") { request, context in try await login(request, context) }
        router.post("logout") { request, context in
            var request = request
            let form = try await Form.read(&request)
            guard let s = context.session, let sent = form["_csrf"], Secrets.same(sent, s.csrfToken),
                  let cookie = request.cookies[Dashboard.sessionCookie]?.value else {
                throw HTTPError(.forbidden, message: "Formulir ditolak: token CSRF tidak ada atau salah.")
            }
            try await workspace.accounts.deleteSession(tokenDigest: Secrets.digest(cookie))
            var response = Response.redirect(to: "/login", type: .found)
            response.setCookie(sessionCookie(value: "", maxAge: 0))
            return response
        }
    }

    func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(name: Dashboard.sessionCookie, value: value, maxAge: maxAge, path: "/", secure: config.secureCookies,
               httpOnly: true, sameSite: .strict)
    }

    private func login(_ request: Request, _ context: DashboardContext) async throws -> Response {
        var request = request
        let form = try await Form.read(&request)
        let p = PageContext(request, context)
        let next = Self.safeNext(form["next"])
        guard let cookie = request.cookies[Dashboard.loginCSRFCookie]?.value, let sent = form["_csrf"],
              !cookie.isEmpty, Secrets.same(cookie, sent) else {
            throw HTTPError(.forbidden, message: "Formulir ditolak: token CSRF tidak ada atau salah. Muat ulang halaman lalu coba lagi.")
        }
        let name = form["name"] ?? "", password = form["password"] ?? ""
        let accounts = workspace.accounts
        let now = Date()
        let failures = try await accounts.failedLoginAttempts(name: name, address: context.remoteAddress,
                                                              since: now.addingTimeInterval(-config.loginWindow))
        if failures >= config.maxFailedLogins {
            logger.warning("login refused (rate limit)", metadata: ["user": .string(name), "address": .string(context.remoteAddress)])
            return loginPage(p, next: next, status: .tooManyRequests,
                             error: p.t("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.",
                                        "Too many failed logins. Try again in 15 minutes."))
        }
        var account: Account?
        if let a = try await accounts.account(named: name), let hash = try await accounts.passwordHash(accountID: a.id) {
            let ok = await Task.detached { Secrets.verify(password, hash: hash) }.value
            if ok { account = a }
        }
        try await accounts.recordLoginAttempt(name: name, address: context.remoteAddress, at: now, succeeded: account != nil)
        guard let account else {
            logger.notice("login failed", metadata: ["user": .string(name), "address": .string(context.remoteAddress)])
            return loginPage(p, next: next, status: .unauthorized,
                             error: p.t("Nama atau kata sandi salah.", "Wrong name or password."))
        }
        let token = Secrets.token()
        try await accounts.createSession(tokenDigest: Secrets.digest(token), accountID: account.id, csrfToken: Secrets.token(),
                                         expires: now.addingTimeInterval(config.sessionLifetime))
        logger.notice("login", metadata: ["user": .string(account.name), "address": .string(context.remoteAddress)])
        var response = Response.redirect(to: next, type: .found)
        response.setCookie(sessionCookie(value: token, maxAge: Int(config.sessionLifetime)))
        return response
    }

    /// Only a path inside the dashboard: never another site (an open redirect).
    static func safeNext(_ next: String?) -> String {
        guard let n = next, n.hasPrefix("/"), !n.hasPrefix("//"), !n.contains("\\") else { return "/" }
        return n
    }

    private func loginPage(_ p: PageContext, next: String?, status: HTTPResponse.Status = .ok, error: String?) -> Response {
        let token = Secrets.token()
        var response = Layout.page(p.t("Masuk", "Log in"), p, status: status) { h in
            if let error { h.raw("<p class=\"error\" role=\"alert\">").text(error).raw("</p>") }
            h.raw("<form method=\"post\" action=\"/login").raw(p.language == .en ? "?lang=en" : "").raw("\" class=\"box\">")
            h.raw("<input type=\"hidden\" name=\"_csrf\" value=\"").text(token).raw("\">")
            h.raw("<input type=\"hidden\" name=\"next\" value=\"").text(Self.safeNext(next)).raw("\">")
            h.raw("<p><label>").text(p.t("Nama", "Name")).raw("<br><input name=\"name\" id=\"name\" autocomplete=\"username\" required></label></p>")
            h.raw("<p><label>").text(p.t("Kata sandi", "Password"))
            h.raw("<br><input type=\"password\" name=\"password\" id=\"password\" autocomplete=\"current-password\" required></label></p>")
            h.raw("<p><button type=\"submit\" id=\"login\">").text(p.t("Masuk", "Log in")).raw("</button></p></form>")
        }
        response.setCookie(Cookie(name: Dashboard.loginCSRFCookie, value: token, maxAge: 3_600, path: "/login",
                                  secure: config.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }
}
