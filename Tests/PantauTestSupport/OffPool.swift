import Foundation

/// Runs a blocking call (a browser or a child process that takes seconds) on a thread of its own
/// and awaits it. Tests run in parallel on a few shared threads (two on a two-core machine): a test
/// that blocks one of them stalls every other test meanwhile, and the timed ones among them fail.
public func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { c in
        Thread { c.resume(with: Result { try body() }) }.start()
    }
}
