import PantauModel

/// YouTube Data API error answers: `{"error": {"code", "message", "errors": [{"domain", "reason",
/// "message"}], "status", "details": [{"reason"}]}}` read into what Pantau does next.
public enum YouTubeError {
    public static func read(_ r: PlatformResponse, account: String) -> PlatformError? {
        if let t = r.transportProblem { return .transport(.youtube, detail: t) }
        if (200..<300).contains(r.status) { return nil }
        let e = JSONTree.parse(r.body)?["error"]
        let reasons = (e?["errors"]?.array ?? []).compactMap { $0["reason"]?.string }
            + (e?["details"]?.array ?? []).compactMap { $0["reason"]?.string }
        let text = String((e?["message"]?.string ?? "HTTP \(r.status)").prefix(200))
        let detail = (reasons.first.map { "\($0): " } ?? "") + text
        let has = { (names: [String]) in reasons.contains { names.contains($0) } }
        if has(["quotaExceeded", "dailyLimitExceeded"]) { return .quotaExceeded(detail: detail) }
        if has(["rateLimitExceeded", "userRateLimitExceeded"]) || r.status == 429 {
            let after = r.header("retry-after").flatMap { Int($0) }
            return .rateLimited(.youtube, retryAfter: after, detail: detail)
        }
        if has(["keyInvalid", "keyExpired", "API_KEY_INVALID", "API_KEY_EXPIRED"]) || text.contains("API key not valid") {
            return .tokenExpired(.youtube, detail: detail)
        }
        if has(["accessNotConfigured", "forbidden", "SERVICE_DISABLED", "API_KEY_SERVICE_BLOCKED"]) {
            return .permission(.youtube, detail: detail)
        }
        if has(["channelNotFound", "playlistNotFound", "videoNotFound"]) || r.status == 404 {
            return .accountNotFound(.youtube, account: account, detail: detail)
        }
        return .failed(.youtube, status: r.status, detail: detail)
    }
}
