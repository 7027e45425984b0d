import Hummingbird

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
    }
}
