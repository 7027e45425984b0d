import Foundation
import PantauModel
import PantauPipeline
import Testing

/// `Schedule.next(after:state:)`: the one place a crawl's next due time comes from.
@Suite struct ScheduleNextTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    func attempt(every: Seconds? = 3_600) -> Schedule.Attempt {
        Schedule.Attempt(at: now, fixedEvery: every, fallbackEvery: 7_200)
    }

    @Test func aSuccessResetsTheFailuresAndKeepsTheInterval() {
        let before = SourceState(consecutiveFailures: 5)
        let due = Schedule.next(after: attempt(), state: before, jitter: 0.5)
        #expect(due.timeIntervalSince(now) == 3_600)
    }

    @Test func aFailureBacksOffFromTheFailuresBefore() {
        var a = attempt()
        a.problem = true
        a.failed = true
        #expect(Schedule.next(after: a, state: nil, jitter: 0.5).timeIntervalSince(now) == 3_600)
        #expect(Schedule.next(after: a, state: SourceState(consecutiveFailures: 2), jitter: 0.5).timeIntervalSince(now) == 14_400)
    }

    @Test func aProblemThatIsNoFailureKeepsTheCount() {
        // A refused token: the back-off stays where it was, it neither grows nor resets.
        var a = attempt()
        a.problem = true
        #expect(Schedule.next(after: a, state: SourceState(consecutiveFailures: 2), jitter: 0.5).timeIntervalSince(now) == 7_200)
        #expect(Schedule.next(after: a, state: SourceState(), jitter: 0.5).timeIntervalSince(now) == 3_600)
    }

    @Test func theServersWaitWins() {
        var a = attempt()
        a.problem = true
        a.failed = true
        a.retryAfter = 120
        #expect(Schedule.next(after: a, state: SourceState(consecutiveFailures: 7), jitter: 0.5).timeIntervalSince(now) == 120)
    }

    @Test func onlyAdaptingSourcesFollowTheirPostsAndTheirTTL() {
        var a = attempt(every: nil)
        a.postTimes = (0..<10).map { now - Double($0) * 3_600 }
        #expect(Schedule.next(after: a, state: nil, jitter: 0.5).timeIntervalSince(now) == 1_800)
        a.ttl = 10_800
        #expect(Schedule.next(after: a, state: nil, jitter: 0.5).timeIntervalSince(now) == 10_800)
        a.adapts = false
        #expect(Schedule.next(after: a, state: nil, jitter: 0.5).timeIntervalSince(now) == 7_200)
    }
}
