import Foundation
import Hummingbird
import PantauModel

/// What every page needs besides its content: language, who is logged in, the CSRF token of its forms.
struct PageContext {
    var language: Language
    /// The language `?lang=` asked for, kept on every link of the page.
    var asked: Language?
    var account: Account?
    var csrf: String
    var path: String

    init(_ request: Request, _ context: DashboardContext) {
        language = Dashboard.language(request, context)
        asked = Dashboard.askedLanguage(request)
        account = context.account
        csrf = context.session?.csrfToken ?? ""
        path = request.uri.path
    }

    func t(_ id: String, _ en: String) -> String { language == .id ? id : en }

    /// A link inside the dashboard that keeps a `?lang=` the page was asked in.
    func href(_ path: String, _ query: [(String, String)] = []) -> String {
        var q = query
        if let asked { q.append(("lang", asked.rawValue)) }
        guard !q.isEmpty else { return path }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return path + "?" + q.map { "\($0)=\($1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $1)" }.joined(separator: "&")
    }

    /// The hidden CSRF field every form carries.
    var csrfField: String { "<input type=\"hidden\" name=\"_csrf\" value=\"\(HTML.escape(csrf))\">" }
}

/// The page shell: header with navigation, the content, styles for screen and print. No scripts.
enum Layout {
    static let csp = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    static func page(_ title: String, _ p: PageContext, status: HTTPResponse.Status = .ok, body: (HTML) -> Void) -> Response {
        let h = HTML()
        h.raw("<!DOCTYPE html>\n<html lang=\"\(p.language == .id ? "id" : "en")\">\n<head><meta charset=\"utf-8\">")
        h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"\(csp)\">")
        h.raw("<title>").text(title).raw(" · Pantau</title><style>").raw(style).raw("</style></head>\n<body>\n")
        nav(h, p)
        h.raw("<main>\n<h1>").text(title).raw("</h1>\n")
        body(h)
        h.raw("</main>\n</body>\n</html>\n")
        return html(h.out, status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, type: String = "text/html; charset=utf-8") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentSecurityPolicy] = csp
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func nav(_ h: HTML, _ p: PageContext) {
        h.raw("<header class=\"top\"><nav>")
        h.raw("<strong>Pantau</strong> ")
        guard let account = p.account else { h.raw("</nav></header>\n"); return }
        h.link(p.href("/"), p.t("Ringkasan", "Overview")).raw(" ")
        h.link(p.href("/sources"), p.t("Kanal", "Sources")).raw(" ")
        h.link(p.href("/alerts"), p.t("Peringatan", "Alerts")).raw(" ")
        h.link(p.href("/report"), p.t("Laporan mingguan", "Weekly report")).raw(" ")
        // The account's own language, kept for its next visits (a form: it changes what is stored).
        let other: Language = p.language == .id ? .en : .id
        h.raw("<span class=\"right\"><form method=\"post\" action=\"/account/language\" class=\"inline\">").raw(p.csrfField)
        h.raw("<input type=\"hidden\" name=\"language\" value=\"\(other.rawValue)\">")
        h.raw("<input type=\"hidden\" name=\"next\" value=\"").text(p.path).raw("\">")
        h.raw("<button type=\"submit\" id=\"language\">").text(other == .en ? "English" : "Bahasa Indonesia").raw("</button></form> · ")
        h.text(account.name).raw(" (").text(account.role.rawValue).raw(") ")
        h.raw("<form method=\"post\" action=\"/logout\" class=\"inline\">").raw(p.csrfField)
        h.raw("<button type=\"submit\">").text(p.t("Keluar", "Log out")).raw("</button></form></span>")
        h.raw("</nav></header>\n")
    }

    static let style = """
    body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fafafa;line-height:1.4}
    header.top{background:#12355b;color:#fff;padding:.5rem 1rem}header.top a{color:#fff;margin-right:.8rem}
    header.top nav{display:flex;flex-wrap:wrap;align-items:center;row-gap:.3rem}header.top .right{margin-left:auto}header.top strong{margin-right:.8rem}main{padding:1rem;max-width:72rem;margin:auto}
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem;background:#fff}
    th,td{border:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top}
    th{background:#eef2f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
    .wrap{overflow-x:auto}.muted{color:#666}.bad{color:#a40000;font-weight:600}.ok{color:#0a6b2d}
    .warn{color:#8a5a00}form.inline{display:inline}.evidence mark{background:#fff3a0}
    .cell0{background:#f6d5d5}.cell1{background:#e0f0e0}.cell2{background:#b9e0b9}.cell3{background:#86c986}
    input,select,button{font:inherit}.box{background:#fff;border:1px solid #ccc;padding:1rem;max-width:24rem}
    .error{background:#fde8e8;border:1px solid #a40000;padding:.5rem}
    @media print{header.top,form,.noprint{display:none}body{background:#fff}main{max-width:none;padding:0}
    a{color:#000;text-decoration:none}table{page-break-inside:auto}tr{page-break-inside:avoid}}
    """
}
