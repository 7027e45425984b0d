import Foundation
import PantauModel

/// Builds the weekly report values from stored posts. Pure: same input, same report.
///
/// A post counts at `ObservedPost.time` (published, else first seen) for every innovation it is
/// matched to (once per innovation even if matched twice). Social means `Platform.isSocial`.
/// Status per innovation and week: `onSocialMedia` with at least one social post, `websiteOnly`
/// with public posts none of which is social, `noPublicPost` otherwise. Posts counting at or after
/// the end of the week are ignored, so a past week's report does not change later. Innovations
/// launched after the week are left out of it.
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
        let lastDay = LaunchDay.of(end.addingTimeInterval(-1), zone: zone)
        let innovations = reg.innovations.filter { i in
            included.contains(i.unitID) && (i.launched.map { $0 <= lastDay } ?? true)
        }
        var slotOf: [String: Int] = [:]
        for (i, inv) in innovations.enumerated() where slotOf[inv.id] == nil { slotOf[inv.id] = i }
        var acc = [InnovationAcc](repeating: InnovationAcc(weeks: n), count: innovations.count)

        // Channels are interned to small integers: one dictionary lookup per post.
        var sources = SourceTable(reg.sources, included: included)
        // Followers as the platform's API last gave them beat the registry's typed-in figure.
        for h in input.health { if let f = h.followers { sources.followers[sources.index(h.sourceID)] = f } }
        let apiSources = Set(reg.sources.filter { $0.kind == .api }.map(\.id))
        tally(input, innovations: innovations, slotOf: slotOf, weeks: (start, end, trendStarts), apiSources: apiSources,
              into: &acc, sources: &sources)
        for k in sources.rates.indices where sources.rates[k].count > 1 { sources.rates[k].sort() }
        var followers: [String: Int] = [:]
        for s in reg.sources { if let f = s.followers, followers[s.id] == nil { followers[s.id] = f } }
        for h in input.health { if let f = h.followers { followers[h.sourceID] = f } }
        let views = ChannelVisibilityRules.units(reg, health: input.health, postTimes: socialFeedTimes(input),
                                                 now: input.now)
        var channelRates: [String: [Double]] = [:]
        for (k, r) in sources.rates.enumerated() where !r.isEmpty { channelRates[sources.ids[k]] = r }

        let read = Set(input.health.filter { $0.lastSuccess != nil }.map(\.sourceID))
        let context = InnovationAcc.Context(end: end, weights: input.weights, followers: followers, channelRates: channelRates,
                                            sourceIDs: sources.ids, at: min(input.now, end), zone: zone,
                                            unitsRead: Set(reg.sources.filter { read.contains($0.id) }.map(\.unitID)),
                                            unitsWithChannels: Set(reg.sources.map(\.unitID)),
                                            blindSpots: views.compactMapValues { ChannelVisibilityRules.blindSpot($0) })
        var innovationsByUnit: [String: [InnovationWeek]] = [:]
        for (i, inv) in innovations.enumerated() where slotOf[inv.id] == i {
            innovationsByUnit[inv.unitID, default: []].append(acc[i].week(inv, context))
        }
        let healthBySource = Dictionary(input.health.map { ($0.sourceID, $0) }, uniquingKeysWith: { _, b in b })
        var sourcesByUnit: [String: [Source]] = [:]
        for s in reg.sources where included.contains(s.unitID) { sourcesByUnit[s.unitID, default: []].append(s) }

        let built = unitWeeks(tree, innovationsByUnit: innovationsByUnit, sourcesByUnit: sourcesByUnit,
                              sources: sources, health: healthBySource, views: views, zone: zone)
        var units = built.units
        rollUp(&units, indexes: built.indexes)

        let (totals, trendSocial, trendOther, channelMix) = overall(units, weeks: n)
        return WeeklyReport(week: input.week, weekStart: start, weekEnd: end, generated: input.now, zone: zone,
                            trendWeeks: trendWeeks, units: units, totals: totals, trendSocial: trendSocial,
                            trendOther: trendOther, channelMix: channelMix, weights: input.weights)
    }

    /// Adds every post counting before the week's end to the innovations it is matched to (once
    /// each) and to its channel; `weeks` is the week's start and end and the trend weeks' starts.
    static func tally(_ input: WeeklyInput, innovations: [Innovation], slotOf: [String: Int],
                      weeks: (start: Date, end: Date, trendStarts: [Date]), apiSources: Set<String>,
                      into acc: inout [InnovationAcc], sources: inout SourceTable) {
        var seen: [Int] = []
        for post in input.posts {
            let t = post.time
            guard t < weeks.end else { continue }
            let week = weekIndex(t, starts: weeks.trendStarts)
            let inWeek = t >= weeks.start
            let si = sources.index(post.sourceID)
            var rate: EngagementRate?
            if week != nil, let r = EngagementRules.rate(post.engagement, platform: post.platform, followers: sources.followers[si]) {
                rate = r
                sources.rates[si].append(r.value)
            }
            let origin: NumberOrigin = !inWeek ? .feed : post.importedFrom != nil ? .csvImport
                : apiSources.contains(post.sourceID) ? .api : .feed
            var matchedOwnUnit = false
            seen.removeAll(keepingCapacity: true)
            let ownUnit = sources.unit[si]
            for m in post.matches {
                guard let i = slotOf[m.innovationID], !seen.contains(i) else { continue }
                seen.append(i)
                if innovations[i].unitID == ownUnit { matchedOwnUnit = true }
                acc[i].add(post, source: si, week: week, inWeek: inWeek, rate: rate, origin: origin)
                if let g = input.gains[post.id] { acc[i].addGain(g) }
            }
            if sources.included[si] { sources.acc[si].add(t, inWeek: inWeek, matched: matchedOwnUnit) }
        }
    }

    /// Each unit's week in hierarchy order (innovations in natural order, channels, totals, own
    /// visibility index, platforms, recommendations), and each unit's own innovations' indexes.
    static func unitWeeks(_ tree: UnitTree, innovationsByUnit: [String: [InnovationWeek]], sourcesByUnit: [String: [Source]],
                          sources: SourceTable, health: [String: SourceHealth], views: [String: [PlatformVisibility]],
                          zone: TimeZone) -> (units: [UnitWeek], indexes: [[Int]]) {
        var sources = sources
        var units: [UnitWeek] = []
        var indexes: [[Int]] = []
        for (unit, depth) in tree.ordered {
            let invs = (innovationsByUnit[unit.id] ?? []).sorted {
                NaturalOrder.less($0.innovation.name, $0.innovation.id, $1.innovation.name, $1.innovation.id)
            }
            let channels = (sourcesByUnit[unit.id] ?? []).map { s in
                let a = sources.acc[sources.index(s.id)]
                return ChannelWeek(source: s, posts: a.posts, matchedPosts: a.matched, lastPost: a.last,
                                   health: health[s.id])
            }
            var t = WeekTotals()
            for i in invs { t.add(i) }
            t.brokenChannels = channels.filter(\.isBroken).count
            let own = invs.compactMap { $0.visibility?.value }
            indexes.append(own)
            var u = UnitWeek(unit: unit, depth: depth, innovations: invs, channels: channels, totals: t,
                             visibility: VisibilityIndex.mean(own))
            u.platforms = (views[unit.id] ?? []).filter { $0.platform != .x || $0.visibility != .notRegistered }
            u.recommendations = Recommendations.make(for: u, zone: zone)
            units.append(u)
        }
        return (units, indexes)
    }

    /// The report's totals, its social and other posts per trend week, and its channel mix.
    static func overall(_ units: [UnitWeek], weeks n: Int) -> (WeekTotals, [Int], [Int], [PlatformCount]) {
        var totals = WeekTotals()
        var trendSocial = [Int](repeating: 0, count: n), trendOther = trendSocial
        var mix: [Platform: Int] = [:]
        for u in units {
            totals.add(u.totals)
            for i in u.innovations {
                for c in i.channelTrend {
                    for w in 0..<n {
                        if c.platform.isSocial { trendSocial[w] += c.posts[w] } else { trendOther[w] += c.posts[w] }
                    }
                }
                for c in i.channels { mix[c.platform, default: 0] += c.posts }
            }
        }
        let channelMix = mix.map { PlatformCount(platform: $0.key, posts: $0.value) }
            .sorted { ($1.posts, $0.platform.rawValue) < ($0.posts, $1.platform.rawValue) }
        return (totals, trendSocial, trendOther, channelMix)
    }

    /// Post times of the feeds on social platforms (bridges), the only channels that can be *stale*.
    static func socialFeedTimes(_ input: WeeklyInput) -> [String: [Date]] {
        let feeds = Set(input.registry.sources.filter { $0.platform.isSocial && $0.kind == .feed }.map(\.id))
        var out: [String: [Date]] = [:]
        for p in input.posts where feeds.contains(p.sourceID) { out[p.sourceID, default: []].append(p.time) }
        return out
    }

    /// Adds every unit's totals and indexes into the units above it. `units` is in hierarchy order
    /// (parents first), so walking it backwards finishes each child before its parent.
    static func rollUp(_ units: inout [UnitWeek], indexes: [[Int]]) {
        var position: [String: Int] = [:]
        for (i, u) in units.enumerated() { position[u.unit.id] = i }
        var sums = indexes.map { ($0.reduce(0, +), $0.count) }
        for i in units.indices.reversed() {
            guard let p = units[i].unit.parent, let j = position[p], j < i else { continue }
            units[j].rollup.add(units[i].rollup)
            sums[j].0 += sums[i].0
            sums[j].1 += sums[i].1
        }
        for i in units.indices {
            units[i].rollupVisibility = sums[i].1 == 0 ? nil : Int((Double(sums[i].0) / Double(sums[i].1)).rounded())
        }
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

