/// Weights of the visibility index (see `VisibilityScore`). Any non-negative numbers: they are
/// divided by their sum over the components that are available, so they need not add up to 1.
public struct ScoreWeights: Sendable, Hashable, Codable {
    public var coverage: Double
    public var social: Double
    public var regularity: Double
    public var engagement: Double

    public init(coverage: Double = 0.35, social: Double = 0.30, regularity: Double = 0.25, engagement: Double = 0.10) {
        self.coverage = max(0, coverage)
        self.social = max(0, social)
        self.regularity = max(0, regularity)
        self.engagement = max(0, engagement)
    }

    public func weight(_ c: ScoreComponent.Kind) -> Double {
        switch c {
        case .coverage: coverage
        case .social: social
        case .regularity: regularity
        case .engagement: engagement
        }
    }
}

/// A visibility index 0…100 with the parts it was computed from, so it can be explained:
/// `value = round(100 × Σ weight·part / Σ weight)` over the parts whose value is known.
public struct VisibilityScore: Sendable, Hashable, Codable {
    public var value: Int
    public var components: [ScoreComponent]

    public init(value: Int, components: [ScoreComponent]) {
        self.value = value
        self.components = components
    }
}

/// One part of the visibility index, 0…1, or nil when it cannot be known (its weight then goes
/// to the other parts).
public struct ScoreComponent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Share of the trend weeks with at least one public post.
        case coverage
        /// Share of the trend weeks with at least one social-media post.
        case social
        /// 1 while the last post is within the cadence, falling linearly to 0 at twice the cadence.
        case regularity
        /// Mean percentile of the week's posts among their own channel's posts of the trend window.
        case engagement
    }

    public var kind: Kind
    public var value: Double?
    public var weight: Double

    public init(kind: Kind, value: Double?, weight: Double) {
        self.kind = kind
        self.value = value
        self.weight = weight
    }
}

/// An engagement rate and what it is relative to. Rates on different bases, or on different
/// platforms, are never added or averaged together.
public struct EngagementRate: Sendable, Hashable, Codable {
    public enum Basis: String, Sendable, Hashable, Codable {
        /// Interactions / views (video platforms).
        case views
        /// Interactions / followers of the channel.
        case followers
    }

    public var value: Double
    public var basis: Basis

    public init(value: Double, basis: Basis) {
        self.value = value
        self.basis = basis
    }
}

/// Engagement of a set of posts on one platform and one basis.
public struct EngagementSummary: Sendable, Hashable, Codable {
    public var platform: Platform
    public var basis: EngagementRate.Basis
    public var posts: Int
    public var interactions: Int
    /// Sum of views (basis views) or of followers per post (basis followers).
    public var denominator: Int
    /// interactions / denominator.
    public var rate: Double { denominator == 0 ? 0 : Double(interactions) / Double(denominator) }

    public init(platform: Platform, basis: EngagementRate.Basis, posts: Int, interactions: Int, denominator: Int) {
        self.platform = platform
        self.basis = basis
        self.posts = posts
        self.interactions = interactions
        self.denominator = denominator
    }
}

/// A concrete suggestion for a unit, in both languages.
public struct Recommendation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case postOnSocialMedia = "post-on-social-media"
        case postAgain = "post-again"
        case fixChannel = "fix-channel"
        case registerSocialChannel = "register-social-channel"
    }

    public var kind: Kind
    public var innovationID: String?
    public var sourceID: String?
    public var text: LocalizedText

    public init(kind: Kind, innovationID: String? = nil, sourceID: String? = nil, text: LocalizedText) {
        self.kind = kind
        self.innovationID = innovationID
        self.sourceID = sourceID
        self.text = text
    }
}
