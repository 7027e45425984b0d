import Foundation
import PantauModel

/// Fires for a channel whose engagement in the last complete week fell under `share` (default
/// 50 %) of its median over the `weeks` (default 8) weeks before.
///
/// A week's engagement is the mean interactions (likes + comments + shares) per post published on
/// the channel that week, over posts that expose at least one of those counters. Weeks without
/// such posts are left out of the median, which needs at least `minimumWeeks` (default 4) of them;
/// a week without any such post is silence, not a drop, and never fires this rule. A median under
/// `minimumMedian` (default 10 interactions per post) never fires either: small counts swing by
/// chance (a website's 4 comments against 1). One channel is one platform, so platforms are never
/// mixed.
public struct EngagementDropRule: AlertRuleCheck {
    public let rule = AlertRule.engagementDrop
    public var share: Double
    public var weeks: Int
    public var minimumWeeks: Int
    public var minimumMedian: Double

    public init(share: Double = 0.5, weeks: Int = 8, minimumWeeks: Int = 4, minimumMedian: Double = 10) {
        self.minimumMedian = max(0, minimumMedian)
        self.share = share
        self.weeks = max(1, weeks)
        self.minimumWeeks = max(1, minimumWeeks)
    }

    public func evaluate(_ c: AlertContext) -> [Alert] {
        let week = ISOWeek.lastComplete(before: c.now, in: c.zone)
        let first = week.adding(-weeks, in: c.zone)
        let starts = (0...weeks).map { first.adding($0, in: c.zone).start(in: c.zone) }
        let end = week.end(in: c.zone)
        // Per channel: one tally per week; the last week is the week under test.
        var sums: [String: EngagementWeeks] = [:]
        for p in c.posts where p.engagement.hasInteractions {
            let t = p.time
            guard t >= starts[0], t < end else { continue }
            sums[p.sourceID, default: EngagementWeeks(starts: starts, end: end)].add(p.engagement, at: t)
        }
        var out: [Alert] = []
        for s in c.registry.sources {
            guard let row = sums[s.id]?.tallies, let current = row[weeks].perPost else { continue }
            let history = row.prefix(weeks).compactMap(\.perPost)
            guard history.count >= minimumWeeks else { continue }
            let median = Self.median(history)
            guard median > 0, median >= minimumMedian, current < share * median else { continue }
            let unit = c.unitName(s.unitID)
            let f = { (x: Double, l: Language) in LocalFormat.decimal(x, digits: 1, language: l) }
            let pct = { (l: Language) in LocalFormat.percent(share, language: l) }
            out.append(Alert(rule: rule, unitID: s.unitID, sourceID: s.id, severity: .info, message: LocalizedText(
                id: "Keterlibatan kanal \(s.platform.displayName) \(s.id) (\(unit)) turun pada minggu \(week): rata-rata \(f(current, .id)) interaksi per unggahan, di bawah \(pct(.id)) dari median \(weeks) minggu sebelumnya (\(f(median, .id))).",
                en: "Engagement on \(s.platform.displayName) channel \(s.id) (\(unit)) dropped in week \(week): \(f(current, .en)) interactions per post on average, under \(pct(.en)) of the median of the \(weeks) weeks before (\(f(median, .en)))."),
                since: week.start(in: c.zone)))
        }
        return out
    }

    /// The middle value (mean of the two middle values for an even count).
    static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return 0 }
        let m = s.count / 2
        return s.count % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2
    }
}
