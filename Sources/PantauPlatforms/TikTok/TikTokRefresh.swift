import PantauModel

/// Renewing a TikTok user access token (it lasts 24 hours) with the refresh token:
/// `POST /v2/oauth/token/` with a form body. Refresh tokens rotate: the answer's refresh token
/// replaces the one sent, so the caller must keep both new tokens (outside the registry).
public struct TikTokRefresh: Sendable {
    public var api: String
    public var refresh: TikTokCredential.Refresh

    public init(api: String, refresh: TikTokCredential.Refresh) {
        self.api = api
        self.refresh = refresh
    }

    /// The whole form is secret (client secret and refresh token).
    public func request() -> PlatformRequest {
        let form = Query.string([("client_key", refresh.clientKey.reveal), ("client_secret", refresh.clientSecret.reveal),
                                 ("grant_type", "refresh_token"), ("refresh_token", refresh.refreshToken.reveal)])
        return PlatformRequest(method: .post, url: Query.url(api, "oauth/token/", []),
                               headers: ["Content-Type: application/x-www-form-urlencoded", "Cache-Control: no-cache"],
                               secretBody: Secret(form), purpose: .refresh)
    }

    /// The new tokens. An `invalid_grant` (refresh token expired or revoked) means the account owner
    /// must authorise again: a token-expired error.
    public func read(_ r: PlatformResponse) -> Result<Tokens, PlatformError> {
        if let t = r.transportProblem { return .failure(.transport(.tiktok, detail: t)) }
        let tree = JSONTree.parse(r.body)
        if let err = tree?["error"]?.string, !err.isEmpty {
            let d = err + (tree?["error_description"]?.string.map { ": " + String($0.prefix(200)) } ?? "")
            switch err {
            case "invalid_grant", "invalid_client", "access_denied", "unauthorized_client":
                return .failure(.tokenExpired(.tiktok, detail: "token refresh refused, " + d))
            default: return .failure(.failed(.tiktok, status: r.status, detail: "token refresh failed, " + d))
            }
        }
        guard (200..<300).contains(r.status) else { return .failure(.failed(.tiktok, status: r.status, detail: "token refresh failed")) }
        guard let access = tree?["access_token"]?.string, !access.isEmpty,
              let renewed = tree?["refresh_token"]?.string, !renewed.isEmpty else {
            return .failure(.unreadable(.tiktok, detail: "token refresh answer without access_token and refresh_token"))
        }
        return .success(Tokens(accessToken: Secret(access), refreshToken: Secret(renewed),
                               expiresIn: Count.read(tree?["expires_in"]), refreshExpiresIn: Count.read(tree?["refresh_expires_in"])))
    }

    public struct Tokens: Sendable, Hashable {
        public var accessToken: Secret
        public var refreshToken: Secret
        /// Seconds the access token lasts.
        public var expiresIn: Int?
        public var refreshExpiresIn: Int?

        public init(accessToken: Secret, refreshToken: Secret, expiresIn: Int? = nil, refreshExpiresIn: Int? = nil) {
            self.accessToken = accessToken
            self.refreshToken = refreshToken
            self.expiresIn = expiresIn
            self.refreshExpiresIn = refreshExpiresIn
        }
    }
}
