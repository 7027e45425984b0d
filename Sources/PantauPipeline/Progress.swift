import Foundation
import Synchronization

/// Shows crawl progress: a one-line bar redrawn on a terminal, nothing otherwise (log lines suffice).
public final class Progress: Sendable {
    private struct State { var done = 0; var total = 0; var newPosts = 0; var errors = 0; var lastDraw = 0.0 }
    private let state = Mutex(State())
    private let enabled: Bool
    private let started = Date()

    /// Draws only when stderr is a terminal and `enabled`.
    public init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    public func start(total: Int) {
        state.withLock { $0.total = total }
        draw(force: true)
    }

    public func addTotal(_ n: Int) {
        state.withLock { $0.total += n }
    }

    public func sourceDone(newPosts: Int, failed: Bool) {
        state.withLock {
            $0.done += 1
            $0.newPosts += newPosts
            if failed { $0.errors += 1 }
        }
        draw(force: false)
    }

    public func finish() {
        guard enabled else { return }
        draw(force: true)
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(force: Bool) {
        guard enabled else { return }
        let now = Date().timeIntervalSince(started)
        let line: String? = state.withLock { s in
            guard force || now - s.lastDraw >= 0.1 || s.done == s.total else { return nil }
            s.lastDraw = now
            let width = 24
            let filled = s.total == 0 ? width : min(width, s.done * width / max(s.total, 1))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let rate = now > 0 ? Double(s.done) / now : 0
            return String(format: "\r%@ %d/%d sources · %d new posts · %d errors · %.1f/s ",
                          bar, s.done, s.total, s.newPosts, s.errors, rate)
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }
}
