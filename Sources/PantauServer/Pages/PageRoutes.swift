import Hummingbird
import PantauModel

extension Dashboard {
    /// The pages, behind a login (`RequireAccount`) and the CSRF check of every form (`CheckCSRF`).
    func addPages(to group: RouterGroup<DashboardContext>) {
        group.get("/") { request, context in try await overviewPage(request, context) }
        group.get("unit/:id") { request, context in try await unitPage(request, context) }
        group.get("innovation/:id") { request, context in try await innovationPage(request, context) }
        group.get("sources") { request, context in try await sourcesPage(request, context) }
        group.post("sources/:id/crawl") { request, context in try await crawlNow(request, context) }
        group.get("alerts") { request, context in try await alertsPage(request, context) }
        group.post("alerts/answer") { request, context in try await answerAlert(request, context) }
        group.get("report") { request, context in try await reportResponse(request, context, download: false) }
        group.get("report/download") { request, context in try await reportResponse(request, context, download: true) }
        group.get("evidence") { request, context in try await evidenceDownload(request, context) }
        group.post("account/language") { _, context in try await chooseLanguage(context) }
    }
}

extension Dashboard {
    /// Keeps the language the account chose (`id` or `en`) and goes back to the page it was chosen on.
    func chooseLanguage(_ context: DashboardContext) async throws -> Response {
        guard let account = context.account, let language = context.form["language"].flatMap(Language.init(rawValue:)) else {
            throw HTTPError(.badRequest, message: "Bahasa tidak dikenal: pilih id atau en.")
        }
        try await workspace.accounts.setAccountLanguage(accountID: account.id, language: language)
        return Response.redirect(to: Self.safeNext(context.form["next"]), type: .normal)  // 303 See Other
    }
}
