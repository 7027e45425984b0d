import Foundation
import PantauModel

/// Everything the weekly report is computed from: the registry, the stored posts, channel health,
/// the week to report and the clock.
public struct WeeklyInput: Sendable {
    public var registry: Registry
    /// Stored posts; those counting at or after the end of the week are ignored.
    public var posts: [ObservedPost]
    public var health: [SourceHealth]
    public var week: ISOWeek
    public var now: Date
    public var zone: TimeZone
    /// Only these units and the units below them (along `parent`); nil means every unit.
    public var unitIDs: Set<String>?
    /// How many weeks the trend covers, ending with `week`.
    public var trendLength: Int
    /// Weights of the visibility index.
    public var weights: ScoreWeights
    /// Per post id, what its counters grew by during the week (see `AppDatabase.engagementGains`).
    public var gains: [Int64: Engagement] = [:]

    public init(registry: Registry, posts: [ObservedPost], health: [SourceHealth], week: ISOWeek, now: Date,
                zone: TimeZone = ISOWeek.jakarta, unitIDs: Set<String>? = nil, trendLength: Int = 8,
                weights: ScoreWeights = ScoreWeights()) {
        self.weights = weights
        self.registry = registry
        self.posts = posts
        self.health = health
        self.week = week
        self.now = now
        self.zone = zone
        self.unitIDs = unitIDs
        self.trendLength = max(1, trendLength)
    }
}
