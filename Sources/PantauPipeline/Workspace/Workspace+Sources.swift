import Foundation
import PantauModel

/// Every channel's crawl health, and per unit what the public can see on each platform.
public struct SourcesOverview: Sendable {
    /// One line per registered source, by id.
    public var health: [SourceHealth]
    /// Per unit id, the visibility on every platform where it has a channel or which is social.
    public var visibility: [String: [PlatformVisibility]]
}

extension Workspace {
    /// The registry is written to the store first, so a source never crawled shows as such.
    public func sources(now: Date = Date()) async throws -> SourcesOverview {
        try await store.syncSources(registry.sources)
        let health = try await store.health()
        let feeds = Set(registry.sources.filter { $0.platform.isSocial && $0.kind == .feed }.map(\.id))
        let views = ChannelVisibilityRules.units(registry, health: health, postTimes: try await store.postTimes(of: feeds), now: now)
        return SourcesOverview(health: health, visibility: views)
    }
}
