import Foundation
import PantauModel

/// Builds the weekly report values from stored posts. Pure: same input, same report.
///
/// A post counts at `ObservedPost.time` (published, else first seen) for every innovation it is
/// matched to (once per innovation even if matched twice). Social means `Platform.isSocial`.
/// Status per innovation and week: `onSocialMedia` with at least one social post, `websiteOnly`
/// with public posts none of which is social, `noPublicPost` otherwise.
public enum WeeklyBuilder {
    public static func build(_ input: WeeklyInput) -> WeeklyReport {
        let zone = input.zone
        let start = input.week.start(in: zone), end = input.week.end(in: zone)
        let n = input.trendLength
        let trendWeeks = (0..<n).map { input.week.adding($0 - (n - 1), in: zone) }
        let trendStarts = trendWeeks.map { $0.start(in: zone) }
        let reg = input.registry

        let tree = UnitTree(units: reg.units, keep: input.unitIDs)
        let included = Set(tree.ordered.map(\.unit.id))
        let innovations = reg.innovations.filter { included.contains($0.unitID) }
        var slotOf: [String: Int] = [:]
        for (i, inv) in innovations.enumerated() where slotOf[inv.id] == nil { slotOf[inv.id] = i }
        var acc = [InnovationAcc](repeating: InnovationAcc(weeks: n), count: innovations.count)
        var unitOfInnovation: [String: String] = [:]
        for inv in innovations { unitOfInnovation[inv.id] = inv.unitID }

        var sourceAcc: [String: SourceAcc] = [:]
        let sourceUnit = Dictionary(reg.sources.map { ($0.id, $0.unitID) }, uniquingKeysWith: { a, _ in a })

        for post in input.posts {
            let t = post.time
            guard t < end else { continue }
            let week = weekIndex(t, starts: trendStarts)
            let inWeek = t >= start
            let social = post.platform.isSocial
            var matchedOwnUnit = false
            var seen: [Int] = []
            for m in post.matches {
                guard let i = slotOf[m.innovationID], !seen.contains(i) else { continue }
                seen.append(i)
                if unitOfInnovation[m.innovationID] == sourceUnit[post.sourceID] { matchedOwnUnit = true }
                acc[i].add(post, social: social, week: week, inWeek: inWeek)
            }
            if let unitID = sourceUnit[post.sourceID], included.contains(unitID) {
                sourceAcc[post.sourceID, default: SourceAcc()].add(t, inWeek: inWeek, matched: matchedOwnUnit)
            }
        }

        var innovationsByUnit: [String: [InnovationWeek]] = [:]
        for (i, inv) in innovations.enumerated() where slotOf[inv.id] == i {
            innovationsByUnit[inv.unitID, default: []].append(acc[i].week(inv))
        }
        let healthBySource = Dictionary(input.health.map { ($0.sourceID, $0) }, uniquingKeysWith: { _, b in b })
        var sourcesByUnit: [String: [Source]] = [:]
        for s in reg.sources where included.contains(s.unitID) { sourcesByUnit[s.unitID, default: []].append(s) }

        var units: [UnitWeek] = []
        var totals = WeekTotals()
        for (unit, depth) in tree.ordered {
            let invs = (innovationsByUnit[unit.id] ?? []).sorted {
                ($0.innovation.name.lowercased(), $0.innovation.id) < ($1.innovation.name.lowercased(), $1.innovation.id)
            }
            let channels = (sourcesByUnit[unit.id] ?? []).map { s in
                let a = sourceAcc[s.id] ?? SourceAcc()
                return ChannelWeek(source: s, posts: a.posts, matchedPosts: a.matched, lastPost: a.last,
                                   health: healthBySource[s.id])
            }
            var t = WeekTotals()
            for i in invs { t.add(i) }
            t.brokenChannels = channels.filter(\.isBroken).count
            totals.add(t)
            units.append(UnitWeek(unit: unit, depth: depth, innovations: invs, channels: channels, totals: t))
        }
        return WeeklyReport(week: input.week, weekStart: start, weekEnd: end, generated: input.now, zone: zone,
                            trendWeeks: trendWeeks, units: units, totals: totals)
    }

    /// Index of the trend week containing `t`, or nil when `t` is before the first one.
    static func weekIndex(_ t: Date, starts: [Date]) -> Int? {
        guard let first = starts.first, t >= first else { return nil }
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= t { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}

/// Running totals for one innovation while posts stream past.
struct InnovationAcc {
    var posts: [PostLine] = []
    var lastPost: Date?
    var lastSocial: Date?
    var trend: [Int]

    init(weeks: Int) { trend = Array(repeating: 0, count: weeks) }

    mutating func add(_ p: ObservedPost, social: Bool, week: Int?, inWeek: Bool) {
        let t = p.time
        if lastPost.map({ t > $0 }) ?? true { lastPost = t }
        if social, lastSocial.map({ t > $0 }) ?? true { lastSocial = t }
        if let w = week { trend[w] += 1 }
        if inWeek {
            posts.append(PostLine(postID: p.id, sourceID: p.sourceID, platform: p.platform, url: p.url,
                                  title: p.title, time: t, engagement: p.engagement))
        }
    }

    func week(_ inv: Innovation) -> InnovationWeek {
        let sorted = posts.sorted { ($0.time, $0.postID) < ($1.time, $1.postID) }
        var counts: [String: ChannelTally] = [:]
        for p in sorted { counts[p.sourceID, default: ChannelTally(sourceID: p.sourceID, platform: p.platform, posts: 0)].posts += 1 }
        let channels = counts.values.sorted { ($1.posts, $0.sourceID) < ($0.posts, $1.sourceID) }
        let status: WeekStatus = sorted.isEmpty ? .noPublicPost
            : sorted.contains(where: { $0.platform.isSocial }) ? .onSocialMedia : .websiteOnly
        return InnovationWeek(innovation: inv, posts: sorted, channels: channels, lastPost: lastPost,
                              lastSocialPost: lastSocial, status: status, trend: trend)
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
