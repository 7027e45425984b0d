import Foundation
import Hummingbird
import PantauModel

extension Dashboard {
    /// `/healthz` (the process answers), `/readyz` (the weekly summary is built and the store
    /// answers) and `/metrics` (Prometheus text). None needs a login: bind to loopback or let the
    /// proxy restrict them.
    func addOperations(to router: Router<DashboardContext>) {
        router.get("healthz") { _, _ in Layout.html("ok\n", type: "text/plain; charset=utf-8") }
        router.get("readyz") { _, _ in
            guard await cache.isReady else {
                return Layout.html("not ready: building the weekly summary\n", status: .serviceUnavailable, type: "text/plain; charset=utf-8")
            }
            _ = try await workspace.dashboardStamp()
            return Layout.html("ready\n", type: "text/plain; charset=utf-8")
        }
        router.get("metrics") { _, _ in
            Layout.html(try await metricsText(), type: "text/plain; version=0.0.4; charset=utf-8")
        }
    }

    func metricsText() async throws -> String {
        var out = metrics.text()
        let fetches = try await workspace.fetchSummary()
        out += "# HELP pantau_fetches_total Stored fetches by outcome.\n# TYPE pantau_fetches_total counter\n"
        for (k, v) in fetches.byOutcome.sorted(by: { $0.key < $1.key }) { out += "pantau_fetches_total{outcome=\"\(k)\"} \(v)\n" }
        out += "# HELP pantau_fetch_duration_seconds Time of each stored fetch.\n# TYPE pantau_fetch_duration_seconds histogram\n"
        for b in fetches.latencyBuckets { out += "pantau_fetch_duration_seconds_bucket{le=\"\(b.le)\"} \(b.count)\n" }
        out += "pantau_fetch_duration_seconds_bucket{le=\"+Inf\"} \(fetches.latencyCount)\n"
        out += "pantau_fetch_duration_seconds_sum \(fetches.latencySum)\npantau_fetch_duration_seconds_count \(fetches.latencyCount)\n"
        let health = try await workspace.sourceHealth()
        let now = Date()
        var states: [String: Int] = ["ok": 0, "failing": 0, "broken": 0, "never-crawled": 0, "quarantined": 0, "token-expired": 0]
        var due = 0
        for h in health {
            states[Self.state(h), default: 0] += 1
            if h.nextDue.map({ $0 <= now }) ?? true, !h.gone { due += 1 }
        }
        out += "# HELP pantau_sources Registered sources by state.\n# TYPE pantau_sources gauge\n"
        for (k, v) in states.sorted(by: { $0.key < $1.key }) { out += "pantau_sources{state=\"\(k)\"} \(v)\n" }
        out += "# HELP pantau_queue_depth Sources due for a crawl now.\n# TYPE pantau_queue_depth gauge\npantau_queue_depth \(due)\n"
        out += quotaMetrics(health: health)
        if let summary = try? await cache.summary() {
            var byRule: [String: Int] = [:]
            for rule in AlertRule.allCases { byRule[rule.rawValue] = 0 }
            for a in summary.alerts { byRule[a.rule.rawValue, default: 0] += 1 }
            out += "# HELP pantau_alerts_firing Alerts that hold now, by rule.\n# TYPE pantau_alerts_firing gauge\n"
            for (k, v) in byRule.sorted(by: { $0.key < $1.key }) { out += "pantau_alerts_firing{rule=\"\(k)\"} \(v)\n" }
        }
        return out
    }

    /// One word for a source's state, as the sources page and `/metrics` show it.
    static func state(_ h: SourceHealth) -> String {
        if h.quarantinedSince != nil { return "quarantined" }
        if h.apiState == .tokenExpired { return "token-expired" }
        if h.isBroken { return "broken" }
        if h.consecutiveFailures > 0 { return "failing" }
        if h.lastSuccess == nil { return "never-crawled" }
        return "ok"
    }
}
