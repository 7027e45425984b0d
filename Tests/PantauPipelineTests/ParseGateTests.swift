import Foundation
@testable import PantauPipeline
import Synchronization
import Testing

/// The parse gate: parses run side by side, a suspect's runs alone.
@Suite struct ParseGateTests {
    @Test func aSuspectsParseNeverOverlapsAnother() async {
        struct Seen { var shared = 0; var alone = 0; var overlaps = 0; var aloneRuns = 0; var sharedAtOnce = 0 }
        final class Record: Sendable { let seen = Mutex(Seen()) }
        let gate = ParseGate()
        let record = Record()
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<120 {
                group.addTask {
                    let alone = i % 15 == 7
                    await gate.enter(alone: alone)
                    record.seen.withLock { s in
                        if alone { s.alone += 1; s.aloneRuns += 1 } else { s.shared += 1 }
                        if s.alone > 1 || (s.alone > 0 && s.shared > 0) { s.overlaps += 1 }
                        s.sharedAtOnce = max(s.sharedAtOnce, s.shared)
                    }
                    try? await Task.sleep(for: .milliseconds(2))
                    record.seen.withLock { s in if alone { s.alone -= 1 } else { s.shared -= 1 } }
                    gate.leave(alone: alone)
                }
            }
        }
        let s = record.seen.withLock { $0 }
        #expect(s.overlaps == 0)
        #expect(s.aloneRuns == 8)
        #expect(s.sharedAtOnce > 1, "ordinary parses run side by side")
        #expect(s.shared == 0 && s.alone == 0)
    }
}
