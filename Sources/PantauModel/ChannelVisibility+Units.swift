import Foundation

/// One unit's presence on one platform: what Pantau can say, since when (token expired), and the hint.
public struct PlatformVisibility: Sendable, Hashable, Codable {
    public var unitID: String
    public var platform: Platform
    public var visibility: ChannelVisibility
    /// When the state began (the token found refused), if known.
    public var since: Date?
    /// How to renew a refused token, in the registry's language.
    public var hint: String?

    public init(unitID: String, platform: Platform, visibility: ChannelVisibility, since: Date? = nil, hint: String? = nil) {
        self.unitID = unitID
        self.platform = platform
        self.visibility = visibility
        self.since = since
        self.hint = hint
    }

    /// True when the unit has a channel on the platform that Pantau cannot see now (a blind spot).
    public var isBlindSpot: Bool { visibility == .tokenExpired || visibility == .broken || visibility == .stale }
}

extension ChannelVisibility {
    /// The state in words: "terpantau", "tidak terdaftar", "token kedaluwarsa"…
    public func label(_ language: Language) -> String {
        let id = language == .id
        return switch self {
        case .seen: id ? "terpantau" : "seen"
        case .notRegistered: id ? "tidak terdaftar" : "not registered"
        case .notYetRead: id ? "belum dibaca" : "not yet read"
        case .tokenExpired: id ? "token kedaluwarsa" : "token expired"
        case .broken: id ? "rusak" : "broken"
        case .stale: id ? "basi (unggahan terbaru jauh lebih lama dari biasanya)" : "stale (newest post much older than usual)"
        }
    }
}

extension ChannelVisibilityRules {
    /// Per unit, the visibility on every platform where the unit has a channel or which is social
    /// (so "not registered" is said too). `posts` gives each channel's post times (for *stale*).
    public static func units(_ registry: Registry, health: [SourceHealth], postTimes: [String: [Date]],
                             now: Date) -> [String: [PlatformVisibility]] {
        let byID = Dictionary(health.map { ($0.sourceID, $0) }, uniquingKeysWith: { a, _ in a })
        var channels: [String: [ChannelObservation]] = [:]
        for s in registry.sources {
            channels[s.unitID, default: []].append(ChannelObservation(source: s, health: byID[s.id], postTimes: postTimes[s.id] ?? []))
        }
        var out: [String: [PlatformVisibility]] = [:]
        let platforms: [Platform] = [.website, .instagram, .facebook, .tiktok, .youtube, .x]
        for (unit, mine) in channels {
            var extra = Set(mine.map(\.source.platform)).subtracting(platforms).sorted { $0.rawValue < $1.rawValue }
            extra = platforms + extra
            out[unit] = extra.map { p in
                let v = visibility(on: p, of: mine, now: now)
                let api = mine.first { $0.source.platform == p && $0.apiState != nil && visibility(of: $0, now: now) == v }
                return PlatformVisibility(unitID: unit, platform: p, visibility: v,
                                          since: v == .tokenExpired ? api?.apiStateAt : nil,
                                          hint: v == .tokenExpired ? api?.health?.apiHint : nil)
            }
        }
        return out
    }

    /// A blind-spot reason written by `blindSpot(_:)` in Indonesian, in `language` ("Instagram: token expired").
    public static func blindSpot(_ reason: String, in language: Language) -> String {
        guard language != .id else { return reason }
        var out = reason
        for v in ChannelVisibility.allCases { out = out.replacingOccurrences(of: ": " + v.label(.id), with: ": " + v.label(language)) }
        return out
    }

    /// The blind spots of a unit's social platforms in words ("Instagram: token kedaluwarsa"), nil when none.
    public static func blindSpot(_ views: [PlatformVisibility]?, language: Language = .id) -> String? {
        let spots = (views ?? []).filter { $0.platform.isSocial && $0.isBlindSpot }
        guard !spots.isEmpty else { return nil }
        return spots.map { "\($0.platform.displayName): \($0.visibility.label(language))" }.joined(separator: ", ")
    }
}
