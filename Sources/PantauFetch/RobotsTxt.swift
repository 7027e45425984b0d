/// A parsed robots.txt (RFC 9309): the rules of the group that applies to our user agent, or `*`.
public struct RobotsTxt: Sendable, Hashable {
    public struct Rule: Sendable, Hashable {
        public var allow: Bool
        public var pattern: String
    }

    public var rules: [Rule]
    /// Crawl-delay in seconds for our group, if given.
    public var crawlDelay: Double?

    /// Everything allowed (no robots.txt, or a 4xx for it).
    public static let allowAll = RobotsTxt(rules: [], crawlDelay: nil)

    public init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses the file for `agent` (the product token, e.g. "Pantau"). Unknown lines are ignored;
    /// at most 500 KB is read, as RFC 9309 allows.
    public init(parsing text: String, agent: String) {
        let token = agent.lowercased()
        var groups: [(agents: [String], rules: [Rule], delay: Double?)] = []
        var current: (agents: [String], rules: [Rule], delay: Double?)?
        var lastWasAgent = false
        for rawLine in text.prefix(500_000).split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "user-agent":
                if !lastWasAgent {
                    if let c = current { groups.append(c) }
                    current = ([], [], nil)
                }
                current?.agents.append(value.lowercased())
                lastWasAgent = true
            case "allow", "disallow":
                lastWasAgent = false
                guard current != nil else { continue }
                if key == "disallow", value.isEmpty { continue }
                current?.rules.append(Rule(allow: key == "allow", pattern: value))
            case "crawl-delay":
                lastWasAgent = false
                if let d = Double(value), d >= 0 { current?.delay = d }
            default:
                lastWasAgent = false
            }
        }
        if let c = current { groups.append(c) }
        let mine = groups.filter { $0.agents.contains { !$0.isEmpty && $0 != "*" && token.hasPrefix($0) } }
        let chosen = mine.isEmpty ? groups.filter { $0.agents.contains("*") } : mine
        rules = chosen.flatMap(\.rules)
        crawlDelay = chosen.compactMap(\.delay).first
    }

    /// Whether `path` (path and query of the URL) may be fetched: the longest matching rule wins,
    /// Allow wins a tie; no matching rule means allowed. `/robots.txt` is always allowed.
    public func allows(_ path: String) -> Bool {
        let p = path.isEmpty ? "/" : path
        if p == "/robots.txt" { return true }
        var best: Rule?
        for r in rules where Self.matches(r.pattern, p) {
            if best == nil || r.pattern.count > best!.pattern.count || (r.pattern.count == best!.pattern.count && r.allow) {
                best = r
            }
        }
        return best?.allow ?? true
    }

    /// Robots pattern match: `*` is any run of characters, a final `$` anchors the end.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pat = Substring(pattern)
        var anchored = false
        if pat.hasSuffix("$") { anchored = true; pat = pat.dropLast() }
        let parts = pat.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (i, part) in parts.enumerated() {
            if i == 0 {
                guard rest.hasPrefix(part) else { return false }
                rest = rest.dropFirst(part.count)
            } else if part.isEmpty {
                continue
            } else if i == parts.count - 1 && anchored {
                return rest.hasSuffix(part)
            } else {
                guard let r = rest.range(of: part) else { return false }
                rest = rest[r.upperBound...]
            }
        }
        return anchored ? (rest.isEmpty || parts.last?.isEmpty == true) : true
    }
}
