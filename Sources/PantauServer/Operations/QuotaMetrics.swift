import Foundation
import PantauModel

extension Dashboard {
    /// Quota left per platform API, as far as this machine counted or was told (YouTube's daily
    /// units, the Graph API's reported usage), and per API platform the sources held back waiting
    /// for a rate limit or quota. A platform with no figure gets no line: nothing is guessed.
    func quotaMetrics(health: [SourceHealth], now: Date = Date()) -> String {
        var out = ""
        let quotas = workspace.platformQuotas(now: now)
        let counted = quotas.filter { $0.remaining != nil }
        if !counted.isEmpty {
            out += "# HELP pantau_platform_quota_remaining API units left in the platform's current quota day.\n"
            out += "# TYPE pantau_platform_quota_remaining gauge\n"
            for q in counted { out += "pantau_platform_quota_remaining{platform=\"\(q.platform)\"} \(q.remaining ?? 0)\n" }
            out += "# HELP pantau_platform_quota_limit API units allowed per quota day.\n# TYPE pantau_platform_quota_limit gauge\n"
            for q in counted { if let l = q.limit { out += "pantau_platform_quota_limit{platform=\"\(q.platform)\"} \(l)\n" } }
        }
        let reported = quotas.filter { $0.usedRatio != nil }
        if !reported.isEmpty {
            out += "# HELP pantau_platform_quota_used_ratio Share of the rate limit the platform last reported as used.\n"
            out += "# TYPE pantau_platform_quota_used_ratio gauge\n"
            for q in reported { out += "pantau_platform_quota_used_ratio{platform=\"\(q.platform)\"} \(q.usedRatio ?? 0)\n" }
            out += "# HELP pantau_platform_quota_reported_seconds When that share was reported (Unix time).\n"
            out += "# TYPE pantau_platform_quota_reported_seconds gauge\n"
            for q in reported {
                out += "pantau_platform_quota_reported_seconds{platform=\"\(q.platform)\"} \(Int(q.seenAt?.timeIntervalSince1970 ?? 0))\n"
            }
        }
        let apiSources = workspace.registry.sources.filter { $0.kind == .api }
        let platformOf = Dictionary(apiSources.map { ($0.id, $0.platform) }, uniquingKeysWith: { a, _ in a })
        var waiting: [String: Int] = [:]
        for s in apiSources { waiting[s.platform.rawValue] = 0 }
        for h in health where h.apiState == .rateLimited {
            guard let p = platformOf[h.sourceID] else { continue }
            waiting[p.rawValue, default: 0] += 1
        }
        if !waiting.isEmpty {
            out += "# HELP pantau_platform_sources_waiting API sources held back by a rate limit or quota.\n"
            out += "# TYPE pantau_platform_sources_waiting gauge\n"
            for (k, v) in waiting.sorted(by: { $0.key < $1.key }) { out += "pantau_platform_sources_waiting{platform=\"\(k)\"} \(v)\n" }
        }
        return out
    }
}
