import Foundation
import Hummingbird
import PantauModel

/// Finds who asks: a session cookie (browser) or `Authorization: Bearer …` (scripts). Never refuses
/// by itself; `RequireAccount` and the routes decide.
struct Authenticate: RouterMiddleware {
    typealias Context = DashboardContext
    let app: Dashboard

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.registryLanguage = app.workspace.language
        if let auth = request.headers[.authorization], auth.lowercased().hasPrefix("bearer ") {
            let token = String(auth.dropFirst(7)).trimmingCharacters(in: .whitespaces)
            context.account = try await app.workspace.accounts.account(apiTokenDigest: Secrets.digest(token))
        } else if let cookie = request.cookies[Dashboard.sessionCookie]?.value, !cookie.isEmpty {
            if let s = try await app.workspace.accounts.session(tokenDigest: Secrets.digest(cookie), now: Date()) {
                context.session = s
                context.account = s.account
            }
        }
        return try await next(request, context)
    }
}

/// Pages: no account → the login page; API: no account → 401 in JSON.
struct RequireAccount: RouterMiddleware {
    typealias Context = DashboardContext
    let api: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard context.account == nil else { return try await next(request, context) }
        if api { return APIError.response(.unauthorized, "login required: send Authorization: Bearer <token> (pantau user token NAME)") }
        let back = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        return Response.redirect(to: "/login?next=" + (back.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"), type: .found)
    }
}

/// Every form a browser posts carries the session's CSRF token in `_csrf`; one without it (or with
/// another) is refused with 403 before any handler runs. The parsed form is handed on in the context.
/// Requests with an API token carry no cookie a foreign page could ride on, and are not checked.
struct CheckCSRF: RouterMiddleware {
    typealias Context = DashboardContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post, let session = context.session else { return try await next(request, context) }
        var request = request
        let form = try await Form.read(&request)
        guard let sent = form["_csrf"], Secrets.same(sent, session.csrfToken) else {
            throw HTTPError(.forbidden, message: "Formulir ditolak: token CSRF tidak ada atau salah. Muat ulang halaman lalu coba lagi.")
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }
}
