import Foundation
import PantauModel

/// The YouTube Data API's daily quota as Pantau spends it: never past `perDay`, and spread over the
/// day. YouTube resets a project's quota at midnight Pacific time; by a moment `t` of that day Pantau
/// allows itself `burst` plus the elapsed share of the rest (`perDay - burst`), so calls that cannot
/// all be made wait for their turn instead of emptying the quota in the morning, and the last hour
/// of the day gets its share too.
///
/// A value type: the caller keeps it (and stores `day` and `spent` so separate runs share one budget).
public struct YouTubeQuota: Sendable, Hashable {
    public var perDay: Int
    /// Units that may be spent ahead of the even pace (by default one hour's share).
    public var burst: Int
    /// The Pacific-time day the count belongs to.
    public private(set) var day: Day
    /// Units spent on `day`.
    public private(set) var spent: Int

    public static let pacific = TimeZone(identifier: "America/Los_Angeles")!

    public init(perDay: Int = 10_000, burst: Int? = nil, day: Day = Day(year: 1970, month: 1, day: 1), spent: Int = 0) {
        self.perDay = max(perDay, 1)
        self.burst = min(max(burst ?? perDay / 24, 1), max(perDay, 1))
        self.day = day
        self.spent = max(spent, 0)
    }

    public enum Decision: Sendable, Hashable {
        /// The units were counted as spent: make the call.
        case spend
        /// Not now: the budget allows it from this moment (the source waits for quota).
        case wait(until: Date)
        /// More units than a whole day's quota: never.
        case never
    }

    /// Spends `units` at `now` if the budget allows, or says when it will.
    public mutating func request(_ units: Int, at now: Date) -> Decision {
        guard units <= perDay else { return .never }
        let d = Self.pacificDay(of: now)
        if d.day != day {
            day = d.day
            spent = 0
        }
        let need = spent + max(units, 0)
        if need > perDay { return .wait(until: d.end) }
        if need <= allowance(at: now, in: d) {
            spent = need
            return .spend
        }
        // allowance(t) = burst + (perDay - burst) * (t - start) / length  ⇒  the first t where it covers `need`.
        let fraction = Double(need - burst) / Double(max(perDay - burst, 1))
        let at = d.start.addingTimeInterval(fraction * d.end.timeIntervalSince(d.start))
        return .wait(until: min(max(at, now), d.end))
    }

    /// Units left today at `now`.
    public func remaining(at now: Date) -> Int {
        Self.pacificDay(of: now).day == day ? perDay - spent : perDay
    }

    /// Units Pantau may have spent by `now` in its Pacific day.
    public func allowance(at now: Date) -> Int { allowance(at: now, in: Self.pacificDay(of: now)) }

    func allowance(at now: Date, in d: (day: Day, start: Date, end: Date)) -> Int {
        let length = d.end.timeIntervalSince(d.start)
        let elapsed = min(max(now.timeIntervalSince(d.start) / length, 0), 1)
        // The small addend keeps the moment `request` names as "wait until" from rounding just below.
        return min(perDay, burst + Int((Double(perDay - burst) * elapsed + 1e-6).rounded(.down)))
    }

    /// The Pacific-time day holding `date`, with its first moment and the next day's (23, 24 or 25 hours apart).
    public static func pacificDay(of date: Date) -> (day: Day, start: Date, end: Date) {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = pacific
        let start = cal.startOfDay(for: date)
        let end = cal.date(byAdding: .day, value: 1, to: start)!
        let c = cal.dateComponents([.year, .month, .day], from: start)
        return (Day(year: c.year!, month: c.month!, day: c.day!), start, end)
    }
}
