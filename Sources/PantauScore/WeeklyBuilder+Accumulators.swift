import Foundation
import PantauModel

/// Running totals for one innovation while posts stream past.
struct InnovationAcc {
    mutating func addGain(_ g: Engagement) {
        func sum(_ a: Int?, _ b: Int?) -> Int? { b.map { (a ?? 0).addingReportingOverflow($0).overflow ? a : (a ?? 0) + $0 } ?? a }
        let w = weekGain ?? Engagement()
        weekGain = Engagement(views: sum(w.views, g.views), likes: sum(w.likes, g.likes), comments: sum(w.comments, g.comments),
                              shares: sum(w.shares, g.shares))
    }

    var posts: [PostLine] = []
    var lastPost: Date?
    var lastSocial: Date?
    /// Latest post on a channel that is not social media.
    var lastOther: Date?
    var trend: [Int]
    var socialTrend: [Int]
    /// Posts per trend week per channel (interned index), in order of first appearance.
    var channelIndex: [Int] = []
    var channelPlatform: [Platform] = []
    var channelPosts: [[Int]] = []
    /// Sum of the week's counter growth over the innovation's posts, when any is known.
    var weekGain: Engagement?

    init(weeks: Int) {
        trend = Array(repeating: 0, count: weeks)
        socialTrend = trend
    }

    mutating func add(_ p: ObservedPost, source: Int, week: Int?, inWeek: Bool, rate: EngagementRate?,
                      origin: NumberOrigin = .feed) {
        let t = p.time
        let social = p.platform.isSocial
        if lastPost.map({ t > $0 }) ?? true { lastPost = t }
        if social, lastSocial.map({ t > $0 }) ?? true { lastSocial = t }
        if !social, lastOther.map({ t > $0 }) ?? true { lastOther = t }
        if let w = week {
            trend[w] += 1
            if social { socialTrend[w] += 1 }
            if let c = channelIndex.firstIndex(of: source) {
                channelPosts[c][w] += 1
            } else {
                channelIndex.append(source)
                channelPlatform.append(p.platform)
                var row = Array(repeating: 0, count: trend.count)
                row[w] = 1
                channelPosts.append(row)
            }
        }
        if inWeek {
            posts.append(PostLine(postID: p.id, sourceID: p.sourceID, platform: p.platform, url: p.url,
                                  title: p.title, time: t, engagement: p.engagement, rate: rate))
            posts[posts.count - 1].origin = origin
        }
    }

    struct Context {
        var end: Date
        var weights: ScoreWeights
        var followers: [String: Int]
        var channelRates: [String: [Double]]
        var sourceIDs: [String]
        /// The moment the state is judged at: the end of the week, or the report's time if earlier.
        var at: Date
        var zone: TimeZone
        /// Units with at least one channel read once; units with channels of their own.
        var unitsRead: Set<String>
        var unitsWithChannels: Set<String>
        /// Per unit, the social platforms Pantau cannot see now, in words (see `InnovationState.notVisible`).
        var blindSpots: [String: String] = [:]
    }

    func week(_ inv: Innovation, _ c: Context) -> InnovationWeek {
        let sorted = posts.sorted { ($0.time, $0.postID) < ($1.time, $1.postID) }
        var counts: [String: ChannelTally] = [:]
        for p in sorted { counts[p.sourceID, default: ChannelTally(sourceID: p.sourceID, platform: p.platform, posts: 0)].posts += 1 }
        let channels = counts.values.sorted { ($1.posts, $0.sourceID) < ($0.posts, $1.sourceID) }
        let status: WeekStatus = sorted.isEmpty ? .noPublicPost
            : sorted.contains(where: { $0.platform.isSocial }) ? .onSocialMedia : .websiteOnly
        let secondsSince = lastPost.map { c.end.timeIntervalSince($0) }
        let cadence = Double(inv.effectiveCadence)
        var percentiles: [Double] = []
        for p in sorted {
            if let r = p.rate, let rates = c.channelRates[p.sourceID],
               let pct = EngagementRules.percentile(r.value, in: rates) { percentiles.append(pct) }
        }
        let engagementPart = percentiles.isEmpty ? nil : percentiles.reduce(0, +) / Double(percentiles.count)
        let score = VisibilityIndex.score(trend: trend, socialTrend: socialTrend,
                                          daysSinceLastPost: secondsSince.map { $0 / 86_400 }, cadenceDays: cadence / 86_400,
                                          engagementPercentile: engagementPart, weights: c.weights)
        let read = c.unitsWithChannels.contains(inv.unitID) ? c.unitsRead.contains(inv.unitID) : !c.unitsRead.isEmpty
        let state = InnovationState.of(inv, InnovationState.Facts(lastPost: lastPost, lastSocialPost: lastSocial,
                                                                 lastOtherPost: lastOther, postsInWeek: sorted.count,
                                                                 channelsRead: read, blindSpot: c.blindSpots[inv.unitID]),
                                        at: c.at, zone: c.zone)
        var week = InnovationWeek(
            innovation: inv, posts: sorted, channels: channels, lastPost: lastPost, lastSocialPost: lastSocial,
            status: status, trend: trend,
            channelTrend: channelIndex.indices.map {
                ChannelTrend(sourceID: c.sourceIDs[channelIndex[$0]], platform: channelPlatform[$0], posts: channelPosts[$0])
            }.sorted { $0.sourceID < $1.sourceID },
            daysSinceLastPost: secondsSince.map { Int($0 / 86_400) },
            cadenceKept: secondsSince.map { $0 <= cadence } ?? false,
            visibility: score,
            engagement: EngagementRules.summarize(sorted, followers: c.followers))
        week.state = state
        week.weekGain = weekGain
        return week
    }
}

/// Channels interned to integers: registry sources first, then any other source a post names.
struct SourceTable {
    var ids: [String] = []
    var position: [String: Int] = [:]
    var unit: [String?] = []
    var followers: [Int?] = []
    var included: [Bool] = []
    var acc: [SourceAcc] = []
    var rates: [[Double]] = []

    init(_ sources: [Source], included keep: Set<String>) {
        for s in sources where position[s.id] == nil {
            append(s.id, unit: s.unitID, followers: s.followers, included: keep.contains(s.unitID))
        }
    }

    mutating func index(_ id: String) -> Int {
        if let i = position[id] { return i }
        append(id, unit: nil, followers: nil, included: false)
        return ids.count - 1
    }

    mutating func append(_ id: String, unit u: String?, followers f: Int?, included inc: Bool) {
        position[id] = ids.count
        ids.append(id)
        unit.append(u)
        followers.append(f)
        included.append(inc)
        acc.append(SourceAcc())
        rates.append([])
    }
}

/// Running totals for one of a unit's own channels.
struct SourceAcc {
    var posts = 0
    var matched = 0
    var last: Date?

    mutating func add(_ t: Date, inWeek: Bool, matched m: Bool) {
        if last.map({ t > $0 }) ?? true { last = t }
        if inWeek {
            posts += 1
            if m { matched += 1 }
        }
    }
}
