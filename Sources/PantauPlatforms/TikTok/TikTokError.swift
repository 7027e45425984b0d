import PantauModel

/// TikTok API v2 errors: `{"error": {"code": "access_token_invalid", "message", "log_id"}}`, where
/// `"ok"` means success; and HTTP 429 for the one-minute rate limit.
public enum TikTokError {
    public static func read(_ r: PlatformResponse) -> PlatformError? {
        if let t = r.transportProblem { return .transport(.tiktok, detail: t) }
        let e = JSONTree.parse(r.body)?["error"]
        let code = e?["code"]?.string ?? ""
        let detail = code + (e?["message"]?.string.map { $0.isEmpty ? "" : ": " + String($0.prefix(200)) } ?? "")
        if (200..<300).contains(r.status), code.isEmpty || code == "ok" { return nil }
        switch code {
        case "access_token_invalid": return .tokenExpired(.tiktok, detail: detail)
        case "rate_limit_exceeded": return .rateLimited(.tiktok, retryAfter: retryAfter(r), detail: detail)
        case "scope_not_authorized", "scope_permission_missed": return .permission(.tiktok, detail: detail)
        default:
            if r.status == 429 { return .rateLimited(.tiktok, retryAfter: retryAfter(r), detail: detail.isEmpty ? "HTTP 429" : detail) }
            if r.status == 401 { return .tokenExpired(.tiktok, detail: detail.isEmpty ? "HTTP 401" : detail) }
            return .failed(.tiktok, status: r.status, detail: detail.isEmpty ? "no error code in the answer" : detail)
        }
    }

    static func retryAfter(_ r: PlatformResponse) -> Int? {
        r.header("retry-after").flatMap { Int($0) }.map { min(max($0, 0), 86_400) }
    }
}
