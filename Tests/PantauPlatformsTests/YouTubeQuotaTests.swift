import Foundation
import PantauModel
import PantauPlatforms
import Testing

/// The YouTube budget on a fake clock: a simulated crawl of many YouTube sources, each asking for one
/// `videos.list` call (1 unit) every hour, against YouTube's default 10,000 units a day.
@Suite struct YouTubeQuotaTests {
    /// 2026-12-04 00:00 in Los Angeles (PST, UTC−8).
    static let pacificMidnight = Date(timeIntervalSince1970: 1_796_371_200)

    struct Day1 {
        var spends: [Date] = []
        var perSource: [Int]
        var aheadOfPace = 0
    }

    /// Sources come due every `every` seconds; a due source asks the budget; one that must wait is
    /// asked again when the budget says (it keeps its place in line). Runs `days` Pacific days.
    static func simulate(sources: Int, every: TimeInterval = 3_600, days: Int) -> (quota: YouTubeQuota, runs: Day1) {
        var quota = YouTubeQuota(perDay: 10_000)
        var run = Day1(perSource: Array(repeating: 0, count: sources))
        var line: [(id: Int, due: Date)] = (0..<sources).map { ($0, pacificMidnight) }
        var head = 0
        var now = pacificMidnight
        let end = pacificMidnight.addingTimeInterval(TimeInterval(days) * 86_400)
        while now < end {
            var wakeUp: Date?
            while head < line.count, line[head].due <= now {
                switch quota.request(1, at: now) {
                case .spend:
                    let d = YouTubeQuota.pacificDay(of: now)
                    if quota.spent > quota.allowance(at: now) || d.day != quota.day { run.aheadOfPace += 1 }
                    run.spends.append(now)
                    run.perSource[line[head].id] += 1
                    line.append((line[head].id, now.addingTimeInterval(every)))
                    head += 1
                case let .wait(until):
                    wakeUp = until
                case .never:
                    Issue.record("a 1-unit call can never be made")
                    return (quota, run)
                }
                if wakeUp != nil { break }
            }
            let nextDue = head < line.count ? line[head].due : end
            let next = min(wakeUp ?? nextDue, nextDue)
            now = next > now ? next : now.addingTimeInterval(1)
        }
        return (quota, run)
    }

    @Test func fiveThousandUnitsNeverSpendPastTheBudgetAndSpreadOverTheDay() {
        let (_, run) = Self.simulate(sources: 5_000, days: 2)
        let day2 = Self.pacificMidnight.addingTimeInterval(86_400)
        let first = run.spends.filter { $0 < day2 }
        let second = run.spends.filter { $0 >= day2 }
        #expect(first.count <= 10_000 && second.count <= 10_000)
        #expect(first.count >= 9_990)  // demand is 120,000 calls: the budget is used, not wasted
        #expect(run.aheadOfPace == 0)  // never past the even pace plus one hour's share
        var hours = Array(repeating: 0, count: 24)
        for t in first { hours[Int(t.timeIntervalSince(Self.pacificMidnight) / 3_600)] += 1 }
        #expect(hours[0] <= 816)  // one hour's share at once, then the pace: (10,000 − 416) / 24 an hour
        #expect(hours.dropFirst().allSatisfy { (395...405).contains($0) }, "\(hours)")
        // Every source is served each day, none much more than the others.
        #expect(run.perSource.min()! >= 3 && run.perSource.max()! <= 5, "\(run.perSource.min()!)…\(run.perSource.max()!)")
        // The quota comes back at midnight Pacific time, not earlier.
        #expect(second.first == day2)
        #expect(first.last! > day2.addingTimeInterval(-60))
    }

    @Test func fewSourcesNeverWait() {
        let (quota, run) = Self.simulate(sources: 100, days: 1)
        #expect(run.spends.count == 2_400)
        #expect(run.perSource.allSatisfy { $0 == 24 })
        #expect(quota.spent == 2_400)
    }

    @Test func waitsUntilThePaceAllowsAndResetsAtPacificMidnight() {
        var q = YouTubeQuota(perDay: 2_400, burst: 100)
        let t0 = Self.pacificMidnight
        #expect(q.request(100, at: t0) == .spend)
        // The other 2,300 units come at 2,300 a day: one more unit is allowed 86,400 / 2,300 s later.
        #expect(q.request(1, at: t0) == .wait(until: t0.addingTimeInterval(86_400.0 / 2_300)))
        #expect(q.request(1, at: t0.addingTimeInterval(86_400.0 / 2_300)) == .spend)
        #expect(q.request(5_000, at: t0) == .never)
        let late = t0.addingTimeInterval(86_399)
        #expect(q.request(2_298, at: late) == .spend)
        #expect(q.remaining(at: late) == 1)
        #expect(q.request(1, at: late) == .wait(until: t0.addingTimeInterval(86_400)))
        #expect(q.request(1, at: t0.addingTimeInterval(86_400)) == .spend)
        #expect(q.spent == 1)
    }

    @Test func aShortDaylightSavingDayStillEndsAtItsMidnight() {
        // 2026-03-08 in Los Angeles has 23 hours (clocks go forward at 02:00).
        let start = Date(timeIntervalSince1970: 1_772_956_800)  // 2026-03-08 00:00 PST
        let d = YouTubeQuota.pacificDay(of: start.addingTimeInterval(3 * 3_600))
        #expect(d.start == start)
        #expect(d.end.timeIntervalSince(d.start) == 23 * 3_600)
        #expect(d.day == PantauModel.Day(year: 2026, month: 3, day: 8))
        let q = YouTubeQuota(perDay: 10_000)
        #expect(q.allowance(at: start.addingTimeInterval(23 * 1_800)) == 416 + (10_000 - 416) / 2)
        #expect(q.allowance(at: d.end.addingTimeInterval(-1)) == 9_999)
    }
}
