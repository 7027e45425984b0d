import Testing
@testable import PantauAlert

@Suite struct RetryPolicyTests {
    @Test func exponentialWithCap() {
        let p = RetryPolicy(attempts: 8, initialDelay: 1, maxDelay: 10)
        #expect((1...8).map { p.delay(afterFailedAttempt: $0) } == [1, 2, 4, 8, 10, 10, 10, nil])
    }

    @Test func retryAfterIsHonouredUpToTheCap() {
        let p = RetryPolicy()
        #expect(p.delay(afterFailedAttempt: 1, retryAfter: 30) == 30)
        #expect(p.delay(afterFailedAttempt: 1, retryAfter: 3_600) == 60)
        #expect(p.delay(afterFailedAttempt: 3, retryAfter: 1) == 4)
    }

    @Test func whichStatusesRetry() {
        #expect(RetryPolicy.isRetryable(httpStatus: 503))
        #expect(RetryPolicy.isRetryable(httpStatus: 429))
        #expect(!RetryPolicy.isRetryable(httpStatus: 400))
        #expect(!RetryPolicy.isRetryable(httpStatus: 404))
    }
}
