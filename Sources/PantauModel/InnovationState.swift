import Foundation

/// Where an innovation stands at one moment: the one answer that the report's colours and sections
/// and the alert rules all read, so they cannot disagree.
public enum InnovationState: Sendable, Hashable {
    /// A social-media post within its cadence (and, for a report week, a post in that week).
    case ok
    /// Nothing to do yet: no post in the report week, or launched less than one cadence ago, but
    /// the cadence is not over.
    case withinCadence
    /// Public posts within its cadence, none of them on social media.
    case websiteOnly
    /// No public post within its cadence: `days` since the last one, nil when there never was one.
    case silent(days: Int?)
    /// Pantau never read any of the unit's channels, so it cannot say anything yet.
    case noData
    /// Pantau cannot see the unit's channels (e.g. an expired platform token): a blind spot, not silence.
    case notVisible(reason: String)

    /// A short stable name, e.g. for JSON and CSS classes.
    public var key: String {
        switch self {
        case .ok: "ok"
        case .withinCadence: "within-cadence"
        case .websiteOnly: "website-only"
        case .silent: "silent"
        case .noData: "no-data"
        case .notVisible: "not-visible"
        }
    }

    /// True for the states that raise an alert.
    public var needsAttention: Bool {
        switch self {
        case .websiteOnly, .silent: true
        default: false
        }
    }

    /// What Pantau knows about one innovation's posts and channels at the moment of judgement.
    public struct Facts: Sendable, Hashable {
        public var lastPost: Date?
        public var lastSocialPost: Date?
        /// Latest post on a channel that is not social media (website, news pages).
        public var lastOtherPost: Date?
        /// Posts in the report week; nil when judging a moment, not a week (alerts).
        public var postsInWeek: Int?
        /// Whether at least one channel that could carry the innovation was ever read, or the unit
        /// has no channel of its own (its posts then come from others' channels).
        public var channelsRead: Bool
        /// Set when some of the unit's social channels cannot be seen (token expired, broken, stale);
        /// the reason in words. Then "only on the website" and "silent" are not said: Pantau does not know.
        public var blindSpot: String?

        public init(lastPost: Date? = nil, lastSocialPost: Date? = nil, lastOtherPost: Date? = nil,
                    postsInWeek: Int? = nil, channelsRead: Bool = true, blindSpot: String? = nil) {
            self.lastPost = lastPost
            self.lastSocialPost = lastSocialPost
            self.lastOtherPost = lastOtherPost
            self.postsInWeek = postsInWeek
            self.channelsRead = channelsRead
            self.blindSpot = blindSpot
        }
    }

    /// The state of `innovation` at `at` (now for alerts, the end of the week for a report).
    public static func of(_ innovation: Innovation, _ facts: Facts, at: Date, zone: TimeZone) -> InnovationState {
        if facts.lastPost == nil {
            if let reason = facts.blindSpot { return .notVisible(reason: reason) }
            if !facts.channelsRead { return .noData }
        }
        let cadence = TimeInterval(innovation.effectiveCadence)
        func within(_ d: Date?) -> Bool { d.map { at.timeIntervalSince($0) <= cadence } ?? false }
        if within(facts.lastSocialPost) { return (facts.postsInWeek ?? 1) > 0 ? .ok : .withinCadence }
        // Not on social media, but Pantau cannot see some of the unit's social channels: say so,
        // never "only on the website" or "silent".
        if within(facts.lastOtherPost) { return facts.blindSpot.map { .notVisible(reason: $0) } ?? .websiteOnly }
        if within(facts.lastPost) { return .withinCadence }
        if inGracePeriod(innovation, at: at, zone: zone) { return .withinCadence }
        if let reason = facts.blindSpot { return .notVisible(reason: reason) }
        return .silent(days: facts.lastPost.map { max(0, Int(at.timeIntervalSince($0) / 86_400)) })
    }

    /// True while an innovation launched less than one cadence before `at`: it is not yet late.
    public static func inGracePeriod(_ i: Innovation, at: Date, zone: TimeZone) -> Bool {
        guard let l = i.launched else { return false }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        guard let day = c.date(from: DateComponents(year: l.year, month: l.month, day: l.day)) else { return false }
        return day.addingTimeInterval(TimeInterval(i.effectiveCadence)) > at
    }
}
