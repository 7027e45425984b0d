import Foundation

/// The weekly visibility report as values: what every renderer (HTML, Markdown, CSV, JSON) prints.
/// Built by `PantauScore.WeeklyBuilder`; it holds no behaviour besides small read-only helpers.
public struct WeeklyReport: Sendable, Hashable {
    public var week: ISOWeek
    /// Monday 00:00 of the week in `zone`.
    public var weekStart: Date
    /// The following Monday 00:00 (exclusive).
    public var weekEnd: Date
    /// When the report was made.
    public var generated: Date
    public var zone: TimeZone
    /// The weeks of the trend, oldest first, ending with `week`.
    public var trendWeeks: [ISOWeek]
    /// Units in hierarchy order: a parent comes before its children.
    public var units: [UnitWeek]
    /// Totals over every unit in the report.
    public var totals: WeekTotals
    /// Posts per trend week over every unit: social and non-social, same order as `trendWeeks`.
    public var trendSocial: [Int]
    public var trendOther: [Int]
    /// Innovation posts this week per platform, most first.
    public var channelMix: [PlatformCount]
    /// The weights the visibility index was computed with.
    public var weights: ScoreWeights

    public init(week: ISOWeek, weekStart: Date, weekEnd: Date, generated: Date, zone: TimeZone,
                trendWeeks: [ISOWeek], units: [UnitWeek], totals: WeekTotals, trendSocial: [Int] = [],
                trendOther: [Int] = [], channelMix: [PlatformCount] = [], weights: ScoreWeights = ScoreWeights()) {
        self.trendSocial = trendSocial
        self.trendOther = trendOther
        self.channelMix = channelMix
        self.weights = weights
        self.week = week
        self.weekStart = weekStart
        self.weekEnd = weekEnd
        self.generated = generated
        self.zone = zone
        self.trendWeeks = trendWeeks
        self.units = units
        self.totals = totals
    }
}

/// One unit's week: its innovations and its channels.
public struct UnitWeek: Sendable, Hashable {
    public var unit: Unit
    /// 0 for a unit without a parent in the report, 1 for its children, and so on.
    public var depth: Int
    public var innovations: [InnovationWeek]
    public var channels: [ChannelWeek]
    /// This unit's own innovations only.
    public var totals: WeekTotals
    /// This unit and every unit below it along `parent` (Polsek → Polres → Polda).
    public var rollup: WeekTotals
    /// Mean visibility index of the unit's own innovations; nil without innovations.
    public var visibility: Int?
    /// Mean visibility index of the innovations of the unit and the units below it.
    public var rollupVisibility: Int?
    public var recommendations: [Recommendation]
    /// What Pantau can see of the unit per platform (seen, not registered, token expired, broken, stale…).
    public var platforms: [PlatformVisibility] = []

    public init(unit: Unit, depth: Int, innovations: [InnovationWeek], channels: [ChannelWeek], totals: WeekTotals,
                rollup: WeekTotals? = nil, visibility: Int? = nil, rollupVisibility: Int? = nil,
                recommendations: [Recommendation] = []) {
        self.rollup = rollup ?? totals
        self.visibility = visibility
        self.rollupVisibility = rollupVisibility
        self.recommendations = recommendations
        self.unit = unit
        self.depth = depth
        self.innovations = innovations
        self.channels = channels
        self.totals = totals
    }
}

/// How visible an innovation was in one week.
public enum WeekStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// At least one post on a social-media channel.
    case onSocialMedia = "social"
    /// Public posts, but only on the website (or other non-social channels such as news pages).
    case websiteOnly = "website-only"
    /// No public post at all.
    case noPublicPost = "none"
}

/// One innovation's week.
public struct InnovationWeek: Sendable, Hashable {
    public var innovation: Innovation
    /// Posts that count in the week, oldest first.
    public var posts: [PostLine]
    /// Posts this week per channel, most first.
    public var channels: [ChannelTally]
    /// The latest post before the end of the week, on any channel.
    public var lastPost: Date?
    /// The latest social-media post before the end of the week.
    public var lastSocialPost: Date?
    public var status: WeekStatus
    /// Posts per week for `WeeklyReport.trendWeeks`, same order.
    public var trend: [Int]
    /// Posts per channel per trend week: coverage per innovation × channel × week.
    public var channelTrend: [ChannelTrend]
    /// Whole days from the last post to the end of the week; nil when there never was one.
    public var daysSinceLastPost: Int?
    /// True when the last post is within the cadence at the end of the week.
    public var cadenceKept: Bool
    public var visibility: VisibilityScore?
    /// This week's engagement per platform and basis (never mixed).
    public var engagement: [EngagementSummary]
    /// Where the innovation stands at the end of the week (or at the report's time, for a week not
    /// over yet): what the report's colours and sections show, and what the alerts fire on.
    public var state: InnovationState = .withinCadence
    /// What the counters of all the innovation's posts (of any week) grew by during this week, from
    /// the engagement snapshots; nil when no snapshot tells.
    public var weekGain: Engagement?

    public init(innovation: Innovation, posts: [PostLine], channels: [ChannelTally], lastPost: Date?,
                lastSocialPost: Date?, status: WeekStatus, trend: [Int], channelTrend: [ChannelTrend] = [],
                daysSinceLastPost: Int? = nil, cadenceKept: Bool = false, visibility: VisibilityScore? = nil,
                engagement: [EngagementSummary] = []) {
        self.channelTrend = channelTrend
        self.daysSinceLastPost = daysSinceLastPost
        self.cadenceKept = cadenceKept
        self.visibility = visibility
        self.engagement = engagement
        self.innovation = innovation
        self.posts = posts
        self.channels = channels
        self.lastPost = lastPost
        self.lastSocialPost = lastSocialPost
        self.status = status
        self.trend = trend
    }

    public var socialPosts: Int { posts.filter { $0.platform.isSocial }.count }
    public var websitePosts: Int { posts.filter { $0.platform == .website }.count }
}

/// A post as a report line. `title` and `url` come from feeds: renderers must escape them.
public struct PostLine: Sendable, Hashable {
    public var postID: Int64
    public var sourceID: String
    public var platform: Platform
    public var url: String?
    public var title: String?
    public var time: Date
    public var engagement: Engagement
    /// The post's engagement rate when its channel allows one.
    public var rate: EngagementRate?
    /// Where the post and its numbers came from: a platform API, a feed or page, or a CSV import.
    public var origin: NumberOrigin = .feed

    public init(postID: Int64, sourceID: String, platform: Platform, url: String?, title: String?,
                time: Date, engagement: Engagement, rate: EngagementRate? = nil) {
        self.rate = rate
        self.postID = postID
        self.sourceID = sourceID
        self.platform = platform
        self.url = url
        self.title = title
        self.time = time
        self.engagement = engagement
    }
}

/// Posts on one channel in each trend week.
public struct ChannelTrend: Sendable, Hashable {
    public var sourceID: String
    public var platform: Platform
    /// Same order as `WeeklyReport.trendWeeks`.
    public var posts: [Int]

    public init(sourceID: String, platform: Platform, posts: [Int]) {
        self.sourceID = sourceID
        self.platform = platform
        self.posts = posts
    }
}

/// A count of posts on one platform.
public struct PlatformCount: Sendable, Hashable {
    public var platform: Platform
    public var posts: Int

    public init(platform: Platform, posts: Int) {
        self.platform = platform
        self.posts = posts
    }
}

/// Posts on one channel.
public struct ChannelTally: Sendable, Hashable {
    public var sourceID: String
    public var platform: Platform
    public var posts: Int

    public init(sourceID: String, platform: Platform, posts: Int) {
        self.sourceID = sourceID
        self.platform = platform
        self.posts = posts
    }
}

/// One of a unit's own channels in the week, with its crawl health.
public struct ChannelWeek: Sendable, Hashable {
    public var source: Source
    /// Posts published on it this week (matched or not).
    public var posts: Int
    /// Of those, posts matched to one of the unit's innovations.
    public var matchedPosts: Int
    public var lastPost: Date?
    public var health: SourceHealth?

    public init(source: Source, posts: Int, matchedPosts: Int, lastPost: Date?, health: SourceHealth?) {
        self.source = source
        self.posts = posts
        self.matchedPosts = matchedPosts
        self.lastPost = lastPost
        self.health = health
    }

    public var isBroken: Bool { health?.isBroken ?? false }
}

/// Counts over a set of innovations in one week.
public struct WeekTotals: Sendable, Hashable {
    public var innovations = 0
    public var onSocialMedia = 0
    public var websiteOnly = 0
    public var noPublicPost = 0
    /// Innovation posts this week (a post about two innovations counts twice).
    public var posts = 0
    public var socialPosts = 0
    public var websitePosts = 0
    public var brokenChannels = 0

    public init() {}

    /// Share of innovations with at least one public post (0…1; 0 when there are none).
    public var coveredShare: Double {
        innovations == 0 ? 0 : Double(onSocialMedia + websiteOnly) / Double(innovations)
    }

    /// Share of innovations with at least one social-media post.
    public var socialShare: Double { innovations == 0 ? 0 : Double(onSocialMedia) / Double(innovations) }

    public mutating func add(_ i: InnovationWeek) {
        innovations += 1
        switch i.status {
        case .onSocialMedia: onSocialMedia += 1
        case .websiteOnly: websiteOnly += 1
        case .noPublicPost: noPublicPost += 1
        }
        posts += i.posts.count
        socialPosts += i.socialPosts
        websitePosts += i.websitePosts
    }

    public mutating func add(_ t: WeekTotals) {
        innovations += t.innovations
        onSocialMedia += t.onSocialMedia
        websiteOnly += t.websiteOnly
        noPublicPost += t.noPublicPost
        posts += t.posts
        socialPosts += t.socialPosts
        websitePosts += t.websitePosts
        brokenChannels += t.brokenChannels
    }
}

/// Where a post and its numbers came from, said next to them in the report.
public enum NumberOrigin: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read through the platform's official API (`kind: api`).
    case api
    /// Read from a feed, a web page or a sitemap.
    case feed
    /// Typed in and imported from a CSV file.
    case csvImport = "csv-import"
}
