import Synchronization

/// Lets parses run side by side, except a suspect's (a source claimed when a process died), which
/// runs alone: a death while it runs is then its own. Uncontended, entering costs one lock.
final class ParseGate: Sendable {
    private struct State {
        var shared = 0
        var alone = false
        var waitingAlone = 0
        var waiting: [(alone: Bool, resume: CheckedContinuation<Void, Never>)] = []

        /// Admits a parse if it may run now; parses wait behind a suspect that waits.
        mutating func admit(alone wantsAlone: Bool, queued: Bool) -> Bool {
            if wantsAlone {
                guard !alone, shared == 0, queued || waiting.isEmpty else { return false }
                alone = true
            } else {
                guard !alone, queued || waitingAlone == 0 else { return false }
                shared += 1
            }
            return true
        }
    }

    private let state = Mutex(State())

    func enter(alone: Bool) async {
        if state.withLock({ $0.admit(alone: alone, queued: false) }) { return }
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let admitted = state.withLock { s in
                if s.admit(alone: alone, queued: false) { return true }
                s.waiting.append((alone, c))
                if alone { s.waitingAlone += 1 }
                return false
            }
            if admitted { c.resume() }
        }
    }

    func leave(alone: Bool) {
        let wake: [CheckedContinuation<Void, Never>] = state.withLock { s in
            if alone { s.alone = false } else { s.shared -= 1 }
            var out: [CheckedContinuation<Void, Never>] = []
            while let first = s.waiting.first, s.admit(alone: first.alone, queued: true) {
                s.waiting.removeFirst()
                if first.alone { s.waitingAlone -= 1 }
                out.append(first.resume)
            }
            return out
        }
        for c in wake { c.resume() }
    }
}
