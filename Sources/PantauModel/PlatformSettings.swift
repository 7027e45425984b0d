/// `platforms:` in `_settings.yaml`: the official APIs Pantau may read and the credentials for them.
/// A platform that is nil is not configured (its `kind: api` sources are registry errors).
/// Every credential is a `Secret`; the settings only remember where it came from (`origin`).
public struct PlatformSettings: Sendable, Hashable {
    public var instagram: GraphPlatform?
    public var facebook: GraphPlatform?
    public var youtube: YouTubePlatform?
    public var tiktok: TikTokPlatform?

    public init(instagram: GraphPlatform? = nil, facebook: GraphPlatform? = nil,
                youtube: YouTubePlatform? = nil, tiktok: TikTokPlatform? = nil) {
        self.instagram = instagram
        self.facebook = facebook
        self.youtube = youtube
        self.tiktok = tiktok
    }

    /// The platforms that have an official API Pantau can read.
    public static let supported: [Platform] = [.instagram, .facebook, .youtube, .tiktok]

    /// The base URL used when `api:` is not given.
    public static func defaultAPI(_ p: Platform) -> String? {
        switch p {
        case .instagram, .facebook: "https://graph.facebook.com/v23.0"
        case .youtube: "https://www.googleapis.com/youtube/v3"
        case .tiktok: "https://open.tiktokapis.com/v2"
        default: nil
        }
    }

    public func isConfigured(_ p: Platform) -> Bool {
        switch p {
        case .instagram: instagram != nil
        case .facebook: facebook != nil
        case .youtube: youtube != nil
        case .tiktok: tiktok != nil
        default: false
        }
    }

    /// Names of the platform's credentials, in file order (YouTube has one key and no names).
    public func credentialNames(_ p: Platform) -> [String] {
        switch p {
        case .instagram: instagram?.credentials.map(\.name) ?? []
        case .facebook: facebook?.credentials.map(\.name) ?? []
        case .tiktok: tiktok?.credentials.map(\.name) ?? []
        default: []
        }
    }
}

/// Instagram or Facebook through the Graph API.
public struct GraphPlatform: Sendable, Hashable {
    /// Base URL, e.g. "https://graph.facebook.com/v23.0" (no trailing slash).
    public var api: String
    public var credentials: [GraphCredential]

    public init(api: String, credentials: [GraphCredential]) {
        self.api = api
        self.credentials = credentials
    }

    /// The named credential, or the only one when `name` is nil.
    public func credential(_ name: String?) -> GraphCredential? {
        if let name { return credentials.first { $0.name == name } }
        return credentials.count == 1 ? credentials[0] : nil
    }
}

public struct GraphCredential: Sendable, Hashable {
    public var name: String
    /// Instagram: the monitoring professional account's IG user id (Business Discovery runs on it).
    public var userID: String?
    public var token: Secret
    /// Where the token came from, for messages: e.g. "environment variable PANTAU_IG_TOKEN_JATIM".
    public var origin: String

    public init(name: String, userID: String? = nil, token: Secret, origin: String) {
        self.name = name
        self.userID = userID
        self.token = token
        self.origin = origin
    }
}

/// YouTube Data API v3 with an API key.
public struct YouTubePlatform: Sendable, Hashable {
    public var api: String
    public var key: Secret
    public var origin: String
    /// Quota units Pantau may spend per Pacific-time day (YouTube's default project quota: 10,000).
    public var quotaPerDay: Int

    public init(api: String, key: Secret, origin: String, quotaPerDay: Int = 10_000) {
        self.api = api
        self.key = key
        self.origin = origin
        self.quotaPerDay = quotaPerDay
    }
}

/// TikTok Display API v2: one user access token per authorising account.
public struct TikTokPlatform: Sendable, Hashable {
    public var api: String
    public var credentials: [TikTokCredential]

    public init(api: String, credentials: [TikTokCredential]) {
        self.api = api
        self.credentials = credentials
    }

    public func credential(_ name: String?) -> TikTokCredential? {
        if let name { return credentials.first { $0.name == name } }
        return credentials.count == 1 ? credentials[0] : nil
    }
}

public struct TikTokCredential: Sendable, Hashable {
    public var name: String
    public var token: Secret
    public var origin: String
    /// What renews the access token (it lasts 24 hours); nil when not configured.
    public var refresh: Refresh?

    public struct Refresh: Sendable, Hashable {
        public var refreshToken: Secret
        public var clientKey: Secret
        public var clientSecret: Secret
        public init(refreshToken: Secret, clientKey: Secret, clientSecret: Secret) {
            self.refreshToken = refreshToken
            self.clientKey = clientKey
            self.clientSecret = clientSecret
        }
    }

    public init(name: String, token: Secret, origin: String, refresh: Refresh? = nil) {
        self.name = name
        self.token = token
        self.origin = origin
        self.refresh = refresh
    }
}
