/// One public channel of a unit: a website feed, a YouTube channel feed, a bridge, a listing page.
public struct Source: Sendable, Hashable, Codable {
    public var id: String
    public var unitID: String
    public var platform: Platform
    public var kind: Kind
    /// http, https or file URL, as written in the registry (file paths already resolved to absolute).
    public var url: String
    /// Crawl interval; nil means the registry default.
    public var every: Seconds?
    /// Audience size, when known, for engagement rates.
    public var followers: Int?
    /// `kind: api` only: the account read through the platform's API (Instagram/TikTok username,
    /// Facebook page id, YouTube channel id).
    public var account: String?
    /// `kind: api` only: the credential named under `platforms.<platform>.credentials`; nil means the
    /// platform's only credential.
    public var credential: String?

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `api`: read through the platform's official API (see `PlatformSettings`), not fetched as a document.
        case feed, page, sitemap, api
    }

    public init(id: String, unitID: String, platform: Platform, kind: Kind = .feed, url: String,
                every: Seconds? = nil, followers: Int? = nil, account: String? = nil, credential: String? = nil) {
        self.account = account
        self.credential = credential
        self.id = id
        self.unitID = unitID
        self.platform = platform
        self.kind = kind
        self.url = url
        self.every = every
        self.followers = followers
    }
}

/// Where a channel lives. Everything but `website` counts as social media.
public enum Platform: String, Sendable, Hashable, Codable, CaseIterable {
    case website, youtube, instagram, facebook, x, tiktok, mastodon, other

    /// True for social-media platforms (the assessment asks for "website / media sosial").
    public var isSocial: Bool { self != .website && self != .other }

    /// The name people use, e.g. "YouTube".
    public var displayName: String {
        switch self {
        case .website: "Website"
        case .youtube: "YouTube"
        case .instagram: "Instagram"
        case .facebook: "Facebook"
        case .x: "X"
        case .tiktok: "TikTok"
        case .mastodon: "Mastodon"
        case .other: "Lainnya"
        }
    }
}
