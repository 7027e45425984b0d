import Foundation
import PantauStore
import Synchronization

/// Shows how far `pantau export` is: one line redrawn on a terminal (rows copied, the table, rows
/// per second), nothing otherwise.
public final class ExportProgress: Sendable {
    private let enabled: Bool
    private let started = Date()
    private let lastDraw = Mutex(-1.0)

    /// Draws only when stderr is a terminal and `enabled`.
    public init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) != 0
    }

    /// Redraws the line for `step`, at most ten times a second.
    public func show(_ step: CopyStep) {
        guard enabled else { return }
        let now = Date().timeIntervalSince(started)
        let due = lastDraw.withLock { last in
            guard now - last >= 0.1 || step.copied == step.total else { return false }
            last = now
            return true
        }
        guard due else { return }
        let width = 24
        let filled = step.total == 0 ? width : min(width, step.copied * width / step.total)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = now > 0 ? Double(step.copied) / now : 0
        let line = String(format: "\r%@ %d/%d rows · %@ · %.0f rows/s ", bar, step.copied, step.total, step.table, rate)
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the line.
    public func finish() {
        guard enabled, lastDraw.withLock({ $0 >= 0 }) else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
