import Foundation
import PantauPipeline
import Testing

@Suite struct ScheduleTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func successUsesIntervalWithSmallJitter() {
        let a = Schedule.nextDue(now: now, every: 3_600, failures: 0, retryAfter: nil, jitter: 0)
        let b = Schedule.nextDue(now: now, every: 3_600, failures: 0, retryAfter: nil, jitter: 0.999)
        #expect(a.timeIntervalSince(now) == 3_240)
        #expect(abs(b.timeIntervalSince(now) - 3_960) < 1)
    }

    @Test func failuresBackOffExponentiallyUpToADay() {
        let waits = (1...12).map { Schedule.nextDue(now: now, every: 3_600, failures: $0, retryAfter: nil, jitter: 0.5).timeIntervalSince(now) }
        #expect(waits[0] == 3_600)
        #expect(waits[1] == 7_200)
        #expect(waits[2] == 14_400)
        #expect(waits.last == 86_400)
        #expect(waits == waits.sorted())
    }

    @Test func retryAfterWinsAndIsCapped() {
        #expect(Schedule.nextDue(now: now, every: 3_600, failures: 1, retryAfter: 120, jitter: 0.5).timeIntervalSince(now) == 120)
        #expect(Schedule.retryAfter("120", now: now, parseDate: { _ in nil }) == 120)
        #expect(Schedule.retryAfter("9999999", now: now, parseDate: { _ in nil }) == 86_400)
        #expect(Schedule.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now: now, parseDate: { _ in now + 300 }) == 300)
        #expect(Schedule.retryAfter("soon", now: now, parseDate: { _ in nil }) == nil)
    }

    @Test func adaptiveFollowsPublishingRate() {
        let hourly = (0..<10).map { now - Double($0) * 3_600 }
        #expect(Schedule.adaptive(postTimes: hourly) == 1_800)
        let minutely = (0..<10).map { now - Double($0) * 60 }
        #expect(Schedule.adaptive(postTimes: minutely) == 900)
        let weekly = (0..<10).map { now - Double($0) * 7 * 86_400 }
        #expect(Schedule.adaptive(postTimes: weekly) == 86_400)
        #expect(Schedule.adaptive(postTimes: [now, now - 10]) == nil)
    }

    @Test func intervalRespectsFixedTTLAndMaxAge() {
        let daily = (0..<5).map { now - Double($0) * 86_400 }
        #expect(Schedule.interval(fixed: 600, fallback: 3_600, previous: nil, notModified: false, postTimes: daily, ttl: nil, maxAge: nil) == 600)
        #expect(Schedule.interval(fixed: nil, fallback: 3_600, previous: nil, notModified: false, postTimes: daily, ttl: nil, maxAge: nil) == 43_200)
        #expect(Schedule.interval(fixed: nil, fallback: 3_600, previous: 3_600, notModified: true, postTimes: [], ttl: nil, maxAge: nil) == 5_400)
        #expect(Schedule.interval(fixed: nil, fallback: 3_600, previous: nil, notModified: false, postTimes: [], ttl: 7_200, maxAge: nil) == 7_200)
        #expect(Schedule.maxAge("public, max-age=1800") == 1_800)
        #expect(Schedule.interval(fixed: 600, fallback: 3_600, previous: nil, notModified: false, postTimes: [], ttl: nil, maxAge: 1_800) == 1_800)
    }
}
