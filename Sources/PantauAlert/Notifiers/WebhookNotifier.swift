import Foundation
import PantauFetch
import PantauModel

/// POSTs each unit's notifications as JSON to a webhook; any 2xx is a delivery.
public struct WebhookNotifier: Notifier {
    /// The webhook's address: its path is usually its key, so it is kept as a `Secret`.
    public var url: Secret
    public var engine: FetchEngine
    public var language: Language
    public var zone: TimeZone
    /// Host and a tag of the full address: stable, distinct per webhook, and no credential.
    public var key: String { "webhook \(url.redactedURL) #\(url.tag)" }

    public init(url: String, engine: FetchEngine, language: Language, zone: TimeZone) {
        self.url = Secret(url)
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
/// Errors name the address without its credential.
func post(_ engine: FetchEngine, _ url: Secret, _ body: Data, attempts: Int = 3) async throws(AlertDeliveryError) {
    var last = ""
    for attempt in 1...attempts {
        let r = await engine.fetch(FetchRequest(url: url.reveal, method: .post, headers: ["Content-Type: application/json"],
                                                body: Array(body)))
        if r.error == nil, (200..<300).contains(r.status) { return }
        last = url.scrub(r.problem ?? "HTTP \(r.status)")
        if r.error == .cancelled { break }
        // 4xx other than 408/429 will not get better by asking again.
        if (400..<500).contains(r.status), r.status != 408, r.status != 429 { break }
        if attempt < attempts { try? await Task.sleep(for: .milliseconds(250 << attempt)) }
    }
    throw AlertDeliveryError("\(url.redactedURL): \(last)")
}
