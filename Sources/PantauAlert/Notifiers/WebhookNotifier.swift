import Foundation
import PantauFetch
import PantauModel

/// POSTs each unit's notifications as JSON to a webhook; any 2xx is a delivery.
public struct WebhookNotifier: Notifier {
    public var url: String
    public var engine: FetchEngine
    public var language: Language
    public var zone: TimeZone
    public var key: String { "webhook \(url)" }

    public init(url: String, engine: FetchEngine, language: Language, zone: TimeZone) {
        self.url = url
        self.engine = engine
        self.language = language
        self.zone = zone
    }

    public func deliver(_ group: AlertNotificationGroup, unitName: String?, now: Date) async throws(AlertDeliveryError) {
        let body = WebhookMessage.body(group, unitName: unitName, language: language, zone: zone, now: now)
        try await post(engine, url, body)
    }
}

/// POSTs JSON with a few retries and backoff; throws the last problem when all fail.
func post(_ engine: FetchEngine, _ url: String, _ body: Data, attempts: Int = 3) async throws(AlertDeliveryError) {
    var last = ""
    for attempt in 1...attempts {
        let r = await engine.fetch(FetchRequest(url: url, method: .post, headers: ["Content-Type: application/json"],
                                                body: Array(body)))
        if r.error == nil, (200..<300).contains(r.status) { return }
        last = r.problem ?? "HTTP \(r.status)"
        if r.error == .cancelled { break }
        // 4xx other than 408/429 will not get better by asking again.
        if (400..<500).contains(r.status), r.status != 408, r.status != 429 { break }
        if attempt < attempts { try? await Task.sleep(for: .milliseconds(250 << attempt)) }
    }
    throw AlertDeliveryError("\(url): \(last)")
}
