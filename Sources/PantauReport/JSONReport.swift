import Foundation
import PantauModel

/// The weekly report as JSON for other tools: every value of the report, times as ISO-8601 with
/// the report zone's offset, keys sorted so the output is stable. Recommendation text follows
/// `language`.
public enum JSONReport {
    public static func render(_ r: WeeklyReport, language: Language) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? enc.encode(Doc(r, language))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Doc: Encodable {
        var week: String, start: String, end: String, generated: String, timezone: String, language: String
        var weights: ScoreWeights
        var totals: Totals
        var trend: Trend
        var channelMix: [Mix]
        var units: [UnitDoc]

        init(_ r: WeeklyReport, _ l: Language) {
            let t = { (d: Date) in LocalFormat.isoTime(d, zone: r.zone) }
            week = r.week.description
            start = t(r.weekStart)
            end = t(r.weekEnd)
            generated = t(r.generated)
            timezone = r.zone.identifier
            language = l.rawValue
            weights = r.weights
            totals = Totals(r.totals)
            trend = Trend(weeks: r.trendWeeks.map(\.description), social: r.trendSocial, other: r.trendOther)
            channelMix = r.channelMix.map { Mix(platform: $0.platform.rawValue, posts: $0.posts) }
            units = r.units.map { UnitDoc($0, t, l) }
        }
    }

    struct Totals: Encodable {
        var innovations, onSocialMedia, websiteOnly, noPublicPost, posts, socialPosts, websitePosts, brokenChannels: Int
        var coveredShare, socialShare: Double
        init(_ t: WeekTotals) {
            innovations = t.innovations; onSocialMedia = t.onSocialMedia; websiteOnly = t.websiteOnly
            noPublicPost = t.noPublicPost; posts = t.posts; socialPosts = t.socialPosts; websitePosts = t.websitePosts
            brokenChannels = t.brokenChannels; coveredShare = t.coveredShare; socialShare = t.socialShare
        }
    }

    struct Trend: Encodable { var weeks: [String]; var social: [Int]; var other: [Int] }
    struct Mix: Encodable { var platform: String; var posts: Int }

    struct UnitDoc: Encodable {
        var id: String, name: String, kind: String, parent: String?, depth: Int
        var totals: Totals, rollup: Totals
        var visibility: Int?, rollupVisibility: Int?
        var recommendations: [Rec]
        var channels: [Channel]
        var innovations: [InnovationDoc]

        init(_ u: UnitWeek, _ t: (Date) -> String, _ l: Language) {
            id = u.unit.id; name = u.unit.name; kind = u.unit.kind.rawValue; parent = u.unit.parent; depth = u.depth
            totals = Totals(u.totals); rollup = Totals(u.rollup)
            visibility = u.visibility; rollupVisibility = u.rollupVisibility
            recommendations = u.recommendations.map { Rec(kind: $0.kind.rawValue, innovation: $0.innovationID, source: $0.sourceID, text: $0.text.text(l)) }
            channels = u.channels.map {
                Channel(id: $0.source.id, platform: $0.source.platform.rawValue, url: $0.source.url, posts: $0.posts,
                        matchedPosts: $0.matchedPosts, lastPost: $0.lastPost.map(t), broken: $0.isBroken,
                        consecutiveFailures: $0.health?.consecutiveFailures, lastError: $0.health?.lastError,
                        lastSuccess: $0.health?.lastSuccess.map(t))
            }
            innovations = u.innovations.map { InnovationDoc($0, t) }
        }
    }

    struct Rec: Encodable { var kind: String; var innovation: String?; var source: String?; var text: String }

    struct Channel: Encodable {
        var id: String, platform: String, url: String, posts: Int, matchedPosts: Int, lastPost: String?, broken: Bool
        var consecutiveFailures: Int?, lastError: String?, lastSuccess: String?
    }

    struct InnovationDoc: Encodable {
        var id: String, name: String, acronym: String?, area: String, status: String
        var posts: [PostDoc]
        var channels: [ChannelTallyDoc]
        var lastPost: String?, lastSocialPost: String?, daysSinceLastPost: Int?
        var cadenceDays: Int, cadenceKept: Bool
        var trend: [Int]
        var channelTrend: [ChannelTrendDoc]
        var visibility: VisibilityScore?
        var engagement: [EngagementDoc]

        init(_ i: InnovationWeek, _ t: (Date) -> String) {
            id = i.innovation.id; name = i.innovation.name; acronym = i.innovation.acronym
            area = i.innovation.area.rawValue; status = i.status.rawValue
            posts = i.posts.map {
                PostDoc(id: $0.postID, source: $0.sourceID, platform: $0.platform.rawValue, url: $0.url, title: $0.title,
                        time: t($0.time), engagement: $0.engagement, rate: $0.rate)
            }
            channels = i.channels.map { ChannelTallyDoc(source: $0.sourceID, platform: $0.platform.rawValue, posts: $0.posts) }
            lastPost = i.lastPost.map(t); lastSocialPost = i.lastSocialPost.map(t); daysSinceLastPost = i.daysSinceLastPost
            cadenceDays = i.innovation.effectiveCadence / 86_400; cadenceKept = i.cadenceKept
            trend = i.trend
            channelTrend = i.channelTrend.map { ChannelTrendDoc(source: $0.sourceID, platform: $0.platform.rawValue, posts: $0.posts) }
            visibility = i.visibility
            engagement = i.engagement.map {
                EngagementDoc(platform: $0.platform.rawValue, basis: $0.basis.rawValue, posts: $0.posts,
                              interactions: $0.interactions, denominator: $0.denominator, rate: $0.rate)
            }
        }
    }

    struct PostDoc: Encodable {
        var id: Int64, source: String, platform: String, url: String?, title: String?, time: String
        var engagement: Engagement, rate: EngagementRate?
    }
    struct ChannelTallyDoc: Encodable { var source: String; var platform: String; var posts: Int }
    struct ChannelTrendDoc: Encodable { var source: String; var platform: String; var posts: [Int] }
    struct EngagementDoc: Encodable {
        var platform: String, basis: String, posts: Int, interactions: Int, denominator: Int, rate: Double
    }
}
