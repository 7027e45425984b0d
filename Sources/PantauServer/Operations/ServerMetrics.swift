import Foundation
import Prometheus

/// The server's own metrics (requests by route kind and status, their duration), kept in a
/// swift-prometheus registry; `/metrics` adds the crawl's figures read from the store.
struct ServerMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    func request(kind: String, status: Int, seconds: Double) {
        registry.makeCounter(name: "pantau_http_requests_total", labels: [("kind", kind), ("status", String(status))]).increment()
        registry.makeDurationHistogram(name: "pantau_http_request_duration_seconds", labels: [("kind", kind)],
                                       buckets: [.milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
                                                 .milliseconds(100), .milliseconds(250), .seconds(1), .seconds(5)])
            .recordNanoseconds(Int64(seconds * 1e9))
    }

    func text() -> String {
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
