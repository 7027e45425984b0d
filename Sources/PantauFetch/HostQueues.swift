import Foundation

/// Per-host waiting lines: a host gets at most `perHost` transfers at once, and two starts to the
/// same host are `delayMillis` apart. Hosts take turns, so one big site cannot starve the others.
struct HostQueues {
    struct Host {
        var waiting: [Job] = []
        var head = 0
        var inFlight = 0
        var nextStart: UInt64 = 0
        var isEmpty: Bool { head >= waiting.count }
    }

    private var hosts: [String: Host] = [:]
    /// Hosts that have waiting jobs, in turn order.
    private var turn: [String] = []
    private var turnIndex = 0
    /// Per-host minimum delays above the configured one (robots.txt Crawl-delay), in milliseconds.
    var delays: [String: Int] = [:]

    func delay(_ key: String, _ config: FetchConfig) -> UInt64 {
        UInt64(max(config.delayMillis, delays[key] ?? 0))
    }

    static func nowMillis() -> UInt64 { DispatchTime.now().uptimeNanoseconds / 1_000_000 }

    mutating func enqueue(_ job: Job) {
        let key = job.host
        var h = hosts[key] ?? Host()
        if h.isEmpty { turn.append(key) }
        h.waiting.append(job)
        hosts[key] = h
    }

    /// The next job whose host has room and whose delay has passed, if any.
    mutating func next(config: FetchConfig) -> Job? {
        guard !turn.isEmpty else { return nil }
        let now = Self.nowMillis()
        for _ in 0..<turn.count {
            if turnIndex >= turn.count { turnIndex = 0 }
            let key = turn[turnIndex]
            var h = hosts[key]!
            let local = key.isEmpty  // file URLs: no politeness needed
            if local || (h.inFlight < config.perHost && now >= h.nextStart) {
                let job = h.waiting[h.head]
                h.head += 1
                h.inFlight += 1
                if !local { h.nextStart = now + delay(key, config) }
                if h.isEmpty {
                    h.waiting.removeAll()
                    h.head = 0
                    turn.remove(at: turnIndex)
                } else {
                    turnIndex += 1
                }
                hosts[key] = h
                return job
            }
            turnIndex += 1
        }
        return nil
    }

    mutating func finished(_ key: String) {
        guard var h = hosts[key] else { return }
        h.inFlight -= 1
        if h.inFlight <= 0, h.isEmpty { hosts[key] = nil } else { hosts[key] = h }
    }

    /// Milliseconds until some waiting job may start (nil when none waits).
    func millisUntilNextReady(config: FetchConfig) -> Int? {
        guard !turn.isEmpty else { return nil }
        let now = Self.nowMillis()
        var best: UInt64?
        for key in turn {
            let h = hosts[key]!
            guard h.inFlight < config.perHost || key.isEmpty else { continue }
            let wait = h.nextStart > now ? h.nextStart - now : 0
            best = min(best ?? wait, wait)
        }
        return best.map { Int($0) }
    }

    mutating func remove(_ id: UInt64) -> Job? {
        for key in turn {
            var h = hosts[key]!
            if let i = h.waiting[h.head...].firstIndex(where: { $0.id == id }) {
                let job = h.waiting.remove(at: i)
                if h.isEmpty { turn.removeAll { $0 == key } }
                hosts[key] = h
                return job
            }
        }
        return nil
    }

    mutating func drainAll() -> [Job] {
        let jobs = turn.flatMap { hosts[$0]!.waiting[hosts[$0]!.head...] }
        turn.removeAll()
        hosts.removeAll()
        return jobs
    }
}
