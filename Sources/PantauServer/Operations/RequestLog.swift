import Foundation
import Hummingbird
import Logging

/// One log line per request with its user (or "-"), method, path, status and time; and the request metrics.
struct RequestLog: RouterMiddleware {
    typealias Context = DashboardContext
    let logger: Logger
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        var status = 500
        defer {
            let d = ContinuousClock.now - start
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            metrics.request(kind: Self.kind(request.uri.path), status: status, seconds: seconds)
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", seconds * 1_000)) ms",
                        metadata: ["user": .string(context.account?.name ?? "-")])
        }
        do {
            let response = try await next(request, context)
            status = response.status.code
            return response
        } catch let e as any HTTPResponseError {
            status = e.status.code
            throw e
        }
    }

    /// The route kind for metric labels (never a unit or innovation id: those would multiply the series).
    static func kind(_ path: String) -> String {
        let parts = path.split(separator: "/")
        guard let first = parts.first else { return "overview" }
        if first == "api", parts.count >= 3 { return "api-" + parts[2] }
        return String(first)
    }
}
