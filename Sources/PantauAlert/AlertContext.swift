import Foundation
import PantauModel

/// What the alert rules look at, indexed once: last posts per innovation, health per channel.
public struct AlertContext: Sendable {
    public var registry: Registry
    public var posts: [ObservedPost]
    public var health: [SourceHealth]
    public var now: Date
    public var zone: TimeZone

    /// Latest post times per innovation id (posts after `now` are ignored).
    var last: [String: LastPosts] = [:]
    var unitNames: [String: String] = [:]
    /// Units with at least one channel read successfully at least once.
    var unitsRead: Set<String> = []
    var unitsWithChannels: Set<String> = []
    var anyChannelRead = false
    /// Per unit, what Pantau can see on each platform (seen, token expired, broken, stale…).
    public var visibility: [String: [PlatformVisibility]] = [:]

    struct LastPosts {
        var any: Date?
        var social: Date?
        /// Latest post on a channel that is not social media (website, news pages).
        var nonSocial: Date?
    }

    public init(registry: Registry, posts: [ObservedPost], health: [SourceHealth], now: Date, zone: TimeZone) {
        self.registry = registry
        self.posts = posts
        self.health = health
        self.now = now
        self.zone = zone
        for u in registry.units where unitNames[u.id] == nil { unitNames[u.id] = u.name }
        let read = Set(health.filter { $0.lastSuccess != nil }.map(\.sourceID))
        for s in registry.sources {
            unitsWithChannels.insert(s.unitID)
            if read.contains(s.id) { unitsRead.insert(s.unitID) }
        }
        anyChannelRead = !unitsRead.isEmpty
        let feeds = Set(registry.sources.filter { $0.platform.isSocial && $0.kind == .feed }.map(\.id))
        var times: [String: [Date]] = [:]
        for p in posts where p.time <= now && feeds.contains(p.sourceID) { times[p.sourceID, default: []].append(p.time) }
        visibility = ChannelVisibilityRules.units(registry, health: health, postTimes: times, now: now)
        for p in posts where p.time <= now {
            let t = p.time
            for m in p.matches {
                var l = last[m.innovationID] ?? LastPosts()
                if l.any.map({ t > $0 }) ?? true { l.any = t }
                if p.platform.isSocial {
                    if l.social.map({ t > $0 }) ?? true { l.social = t }
                } else if l.nonSocial.map({ t > $0 }) ?? true {
                    l.nonSocial = t
                }
                last[m.innovationID] = l
            }
        }
    }

    /// The unit's name as registered, else its id.
    func unitName(_ id: String) -> String { unitNames[id] ?? id }

    /// "SIM Bhabinkamtibmas (SIMBA)".
    func label(_ i: Innovation) -> String {
        if let a = i.acronym, !a.isEmpty, a != i.name { return "\(i.name) (\(a))" }
        return i.name
    }

    /// True while an innovation launched less than one cadence ago: it is not yet late.
    func inGracePeriod(_ i: Innovation) -> Bool { InnovationState.inGracePeriod(i, at: now, zone: zone) }

    /// The innovation's state now: what the rules fire on (and what the report colours by).
    public func state(of i: Innovation) -> InnovationState {
        let l = last[i.id]
        let channelsRead = unitsWithChannels.contains(i.unitID) ? unitsRead.contains(i.unitID) : anyChannelRead
        return InnovationState.of(i, InnovationState.Facts(lastPost: l?.any, lastSocialPost: l?.social,
                                                           lastOtherPost: l?.nonSocial, channelsRead: channelsRead,
                                                           blindSpot: ChannelVisibilityRules.blindSpot(visibility[i.unitID])),
                                  at: now, zone: zone)
    }

    /// Whole days between `date` and now.
    func days(since date: Date) -> Int { max(0, Int(now.timeIntervalSince(date) / 86_400)) }
}

/// One alert rule: looks at the context, returns the alerts that hold now.
public protocol AlertRuleCheck: Sendable {
    var rule: AlertRule { get }
    func evaluate(_ context: AlertContext) -> [Alert]
}
