import Foundation
import PantauModel

extension Dashboard {
    /// Quota left per platform API, as far as this machine counted or was told (YouTube's daily
    /// units, the Graph API's reported usage), and per API platform the sources held back waiting
    /// for a rate limit or quota. A platform with no figure gets no line: nothing is guessed.
    func quotaMetrics(health: [SourceHealth], now: Date = Date()) -> String {
        let quotas = workspace.platformQuotas(now: now)
        var out = ""
        Self.gauge(&out, "pantau_platform_quota_remaining", "API units left in the platform's current quota day.",
                   quotas.compactMap { q in q.remaining.map { (q.platform, "\($0)") } })
        Self.gauge(&out, "pantau_platform_quota_limit", "API units allowed per quota day.",
                   quotas.compactMap { q in q.remaining == nil ? nil : q.limit.map { (q.platform, "\($0)") } })
        Self.gauge(&out, "pantau_platform_quota_used_ratio", "Share of the rate limit the platform last reported as used.",
                   quotas.compactMap { q in q.usedRatio.map { (q.platform, "\($0)") } })
        Self.gauge(&out, "pantau_platform_quota_reported_seconds", "When that share was reported (Unix time).",
                   quotas.compactMap { q in q.usedRatio == nil ? nil : (q.platform, "\(Int(q.seenAt?.timeIntervalSince1970 ?? 0))") })
        let apiSources = workspace.registry.sources.filter { $0.kind == .api }
        let platformOf = Dictionary(apiSources.map { ($0.id, $0.platform) }, uniquingKeysWith: { a, _ in a })
        var waiting: [String: Int] = [:]
        for s in apiSources { waiting[s.platform.rawValue] = 0 }
        for h in health where h.apiState == .rateLimited {
            guard let p = platformOf[h.sourceID] else { continue }
            waiting[p.rawValue, default: 0] += 1
        }
        Self.gauge(&out, "pantau_platform_sources_waiting", "API sources held back by a rate limit or quota.",
                   waiting.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value)") })
        return out
    }

    /// One gauge family by platform, with its HELP and TYPE lines; nothing when it has no value.
    static func gauge(_ out: inout String, _ name: String, _ help: String, _ values: [(platform: String, value: String)]) {
        guard !values.isEmpty else { return }
        out += "# HELP \(name) \(help)\n# TYPE \(name) gauge\n"
        for v in values { out += "\(name){platform=\"\(v.platform)\"} \(v.value)\n" }
    }
}
