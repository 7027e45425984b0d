import Foundation

/// Fetches and caches robots.txt per host (24 h) and answers whether a URL may be fetched.
/// 4xx for robots.txt means "everything allowed"; 5xx or no answer means "try later".
/// Crawl-delay (capped at 30 s) becomes the host's minimum delay in the engine.
public actor RobotsCache {
    public enum Verdict: Sendable, Equatable {
        case allowed
        case disallowed
        /// robots.txt could not be read; the source should be retried later.
        case unavailable(String)
    }

    struct Entry { var robots: RobotsTxt?; var problem: String?; var expires: Date }

    private let engine: FetchEngine
    private let agent: String
    private let ttl: TimeInterval
    private var entries: [String: Entry] = [:]
    private var inFlight: [String: Task<Entry, Never>] = [:]

    public init(engine: FetchEngine, agent: String = "Pantau", ttl: TimeInterval = 86_400) {
        self.engine = engine
        self.agent = agent
        self.ttl = ttl
    }

    /// The verdict for `url`. file: URLs are always allowed.
    public func check(_ url: String) async -> Verdict {
        guard let u = URLComponents(string: url), let scheme = u.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = u.host else { return .allowed }
        let origin = "\(scheme)://\(host)" + (u.port.map { ":\($0)" } ?? "")
        let entry = await entry(for: origin, host: host.lowercased())
        if let p = entry.problem { return .unavailable(p) }
        var path = u.percentEncodedPath.isEmpty ? "/" : u.percentEncodedPath
        if let q = u.percentEncodedQuery { path += "?" + q }
        return entry.robots?.allows(path) == false ? .disallowed : .allowed
    }

    private func entry(for origin: String, host: String) async -> Entry {
        if let e = entries[origin], e.expires > Date() { return e }
        if let t = inFlight[origin] { return await t.value }
        let task = Task { [engine, agent, ttl] in
            let r = await engine.fetch(FetchRequest(url: origin + "/robots.txt"))
            let now = Date()
            if r.error == nil, (200..<300).contains(r.status) {
                let robots = RobotsTxt(parsing: String(decoding: r.body, as: UTF8.self), agent: agent)
                if let d = robots.crawlDelay { engine.setMinimumDelay(host: host, millis: Int(min(d, 30) * 1_000)) }
                return Entry(robots: robots, problem: nil, expires: now + ttl)
            }
            if r.error == nil, (400..<500).contains(r.status) {
                return Entry(robots: .allowAll, problem: nil, expires: now + ttl)
            }
            let why = r.problem ?? "HTTP \(r.status)"
            // The host itself cannot be reached (DNS, TLS, timeout, refused): say that, not "robots.txt".
            if let e = r.error, e != .cancelled {
                return Entry(robots: nil, problem: "\(why), trying later", expires: now + 600)
            }
            return Entry(robots: nil, problem: "robots.txt unavailable (\(why)), trying later", expires: now + 600)
        }
        inFlight[origin] = task
        let e = await task.value
        inFlight[origin] = nil
        entries[origin] = e
        return e
    }
}
